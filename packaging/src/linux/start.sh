#!/bin/sh
# Starts the console the way jpackage's launcher (bin/@LAUNCHER@) does: the runtime's java with the options, class
# path and main class of lib/app/@LAUNCHER@.cfg. The menu entry and the @LAUNCHER@ command run this instead because
# that launcher, before it starts Java, asks the package manager twice which package owns it and where its library
# is (rpm -qf, dpkg -S, dpkg -L): on Debian and Ubuntu that scans every installed package's file list and took about
# 0.3 s of each start here. Should this script find anything missing, it hands over to that launcher.
app=$(dirname "$(readlink -f "$0")")
dir=$(dirname "$(dirname "$app")")
cfg="$app/@LAUNCHER@.cfg"
java="$dir/lib/runtime/bin/java"
launcher="$dir/bin/@LAUNCHER@"

if [ -r "$cfg" ] && [ -x "$java" ]; then
    classpath=$(sed -n "s|^app.classpath=\$APPDIR|$app|p" "$cfg" | paste -sd: -)
    main=$(sed -n "s|^app.mainclass=||p" "$cfg")
    # One option per line, none with a space in it (see packaging/pom.xml).
    options=$(sed -n "s|^java-options=||p" "$cfg" | sed "s|\$APPDIR|$app|g")
    if [ -n "$classpath" ] && [ -n "$main" ]; then
        # shellcheck disable=SC2086 # $options is a list of words
        exec "$java" $options -Djpackage.app-path="$launcher" -cp "$classpath" "$main" "$@"
    fi
fi
exec "$launcher" "$@"
