package io.servicecatalog.console.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits JSON or YAML text into styled tokens for the {@link CodeEditor}. A lexer by regular expressions:
 * it never fails on broken text, it just styles less of it.
 */
public final class SyntaxHighlighter {

    /** A styled range of the text, {@code [start, end)}. */
    public record Token(String style, int start, int end) {
    }

    private static final Pattern JSON = Pattern.compile(
            "(?<KEY>\"(?:[^\"\\\\\\n]|\\\\.)*\"(?=\\s*:))"
            + "|(?<STRING>\"(?:[^\"\\\\\\n]|\\\\.)*\"?)"
            + "|(?<NUMBER>-?\\b\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?\\b)"
            + "|(?<LITERAL>\\b(?:true|false|null)\\b)"
            + "|(?<PUNCT>[{}\\[\\],:])");

    private static final Pattern YAML = Pattern.compile(
            "(?<COMMENT>(?:^|(?<=\\s))#[^\\n]*)"
            + "|(?<KEY>(?<=^|\\n)[ \\t]*(?:- )?[^\\s#:\\-\"'][^:#\\n]*(?=:(?:\\s|$)))"
            + "|(?<STRING>\"(?:[^\"\\\\\\n]|\\\\.)*\"?|'[^'\\n]*'?)"
            + "|(?<NUMBER>(?<=[:\\-\\[,]\\s?)-?\\d+(?:\\.\\d+)?(?=\\s*(?:$|\\n|,|\\])))"
            + "|(?<LITERAL>(?<=[:\\-\\[,]\\s?)(?:true|false|null|~)(?=\\s*(?:$|\\n|,|\\])))"
            + "|(?<PUNCT>^---$|[\\[\\]{},]|(?<=^|\\n)[ \\t]*- )",
            Pattern.MULTILINE);

    private SyntaxHighlighter() {
    }

    /** The styled tokens of {@code text}, in order and without overlap. */
    public static List<Token> tokens(String text, EditorLanguage language) {
        List<Token> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        Pattern p = language == EditorLanguage.YAML ? YAML : JSON;
        Matcher m = p.matcher(text);
        while (m.find()) {
            String style = null;
            for (String group : new String[] {"COMMENT", "KEY", "STRING", "NUMBER", "LITERAL", "PUNCT"}) {
                if (hasGroup(p, group) && m.group(group) != null) {
                    style = group.toLowerCase(java.util.Locale.ROOT);
                    break;
                }
            }
            if (style != null && m.end() > m.start()) {
                out.add(new Token("code-" + style, m.start(), m.end()));
            }
        }
        return out;
    }

    private static boolean hasGroup(Pattern p, String group) {
        return p == JSON ? !"COMMENT".equals(group) : true;
    }
}
