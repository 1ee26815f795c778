package io.servicecatalog.console.bench.schema;

import com.fasterxml.jackson.databind.JsonNode;
import io.servicecatalog.console.ui.schemaform.SchemaForm;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;

/**
 * Measures how long the JavaFX form of a 200-property schema takes to build (control, skin, nodes, CSS and
 * layout) and prints the median beside the 100 ms budget. Run headless with Monocle, e.g.
 * {@code java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -cp <classpath>
 * io.servicecatalog.console.bench.schema.SchemaFormNodeBuildHarness [properties] [runs]}.
 */
public final class SchemaFormNodeBuildHarness {

    private static final double BUDGET_MS = 100;
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory
            .getThreadMXBean();

    private static SchemaForm lastForm;
    private static StackPane lastRoot;

    private SchemaFormNodeBuildHarness() {
    }

    /** Waits, wall clock, until the deferred rows are in place and laid out. */
    private static double finishRendering() throws Exception {
        long start = System.nanoTime();
        while (true) {
            CompletableFuture<double[]> step = new CompletableFuture<>();
            Platform.runLater(() -> {
                long t0 = System.nanoTime();
                lastRoot.applyCss();
                lastRoot.layout();
                step.complete(new double[] {(System.nanoTime() - t0) / 1e6, lastForm.isRendering() ? 1 : 0});
            });
            double[] r = step.get(60, TimeUnit.SECONDS);
            if (r[1] == 0) {
                return (System.nanoTime() - start) / 1e6;
            }
        }
    }

    public static void main(String[] args) throws Exception {
        int properties = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        JsonNode schema = WideSchemas.wide(properties);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        if (!started.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("JavaFX did not start within 30 s");
        }
        List<Double> modelOnly = new ArrayList<>();
        List<Double> full = new ArrayList<>();
        List<Double> baseline = new ArrayList<>();
        List<Double> complete = new ArrayList<>();
        List<Double> fullCpu = new ArrayList<>();
        for (int i = 0; i < runs + 5; i++) {
            CompletableFuture<double[]> f = new CompletableFuture<>();
            Platform.runLater(() -> {
                try {
                    StackPane root = new StackPane();
                    new Scene(root, 900, 700);
                    long cpu0 = CPU.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    SchemaForm form = new SchemaForm(schema);
                    long t1 = System.nanoTime();
                    root.getChildren().add(form);
                    root.applyCss();
                    root.layout();
                    long t2 = System.nanoTime();
                    long cpu2 = CPU.getCurrentThreadCpuTime();
                    StackPane other = new StackPane();
                    new Scene(other, 900, 700);
                    long t3 = System.nanoTime();
                    other.getChildren().add(plainGrid(properties));
                    other.applyCss();
                    other.layout();
                    long t4 = System.nanoTime();
                    f.complete(new double[] {(t1 - t0) / 1e6, (t2 - t0) / 1e6, (t4 - t3) / 1e6, (cpu2 - cpu0) / 1e6});
                    lastForm = form;
                    lastRoot = root;
                } catch (RuntimeException e) {
                    f.completeExceptionally(e);
                }
            });
            double[] ms = f.get(60, TimeUnit.SECONDS);
            double rest = finishRendering();
            if (i >= 5) {
                modelOnly.add(ms[0]);
                full.add(ms[1]);
                baseline.add(ms[2]);
                complete.add(ms[1] + rest);
                fullCpu.add(ms[3]);
            }
        }
        Platform.exit();
        report("control + model + validation (no nodes)", modelOnly);
        report("first screen: control + skin + nodes + CSS + layout", full);
        report("all fields in place (wall clock)", complete);
        report("reference: plain Label+TextField grid", baseline);
        com.fasterxml.jackson.databind.node.ObjectNode result = io.servicecatalog.console.bench.Probes.JSON
                .createObjectNode();
        result.put("properties", properties);
        result.put("modelOnlyMs", io.servicecatalog.console.bench.Probes.median(modelOnly));
        result.put("firstScreenMs", io.servicecatalog.console.bench.Probes.median(full));
        result.put("firstScreenCpuMs", io.servicecatalog.console.bench.Probes.median(fullCpu));
        result.put("allFieldsMs", io.servicecatalog.console.bench.Probes.median(complete));
        result.put("plainGridMs", io.servicecatalog.console.bench.Probes.median(baseline));
        io.servicecatalog.console.bench.Probes.emit(result);
    }

    /** The least a form of this size could be: one label, one text field and one help label per row. */
    private static javafx.scene.Node plainGrid(int rows) {
        javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
        for (int i = 0; i < rows; i++) {
            grid.add(new javafx.scene.control.Label("Parameter " + i), 0, i);
            grid.add(new javafx.scene.layout.VBox(new javafx.scene.control.TextField(),
                    new javafx.scene.control.Label("Help text " + i)), 1, i);
        }
        return new javafx.scene.control.ScrollPane(grid);
    }

    private static void report(String what, List<Double> samples) {
        List<Double> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        double median = sorted.get(sorted.size() / 2);
        String line = String.format(Locale.ROOT, "%-42s median %7.1f ms  (min %.1f, max %.1f; budget %.0f ms: %s)",
                what, median, sorted.get(0), sorted.get(sorted.size() - 1), BUDGET_MS,
                median <= BUDGET_MS ? "within" : "OVER");
        // A harness main reports on stdout by design; it is not application code.
        System.out.println(line);
    }
}
