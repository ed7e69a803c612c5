#!/bin/bash
# Launcher of the installed app on Linux (bin/evtwin, bin/twin): starts the bundled runtime's java with the options,
# class path and main class of lib/app/<launcher name>.cfg, the file jpackage writes for its own launcher. Used
# instead of jpackage's native launcher, which runs rpm -qf, dpkg -S and dpkg -L twice at every start to find the
# package that owns it: 150-230 ms before the JVM starts (docs/decisions/0009-script-launcher.md).
self=$(readlink -f "$0")
root=${self%/bin/*}
name=${self##*/}
appdir=$root/lib/app
cfg=$appdir/$name.cfg
[ -r "$cfg" ] || { echo "$name: cannot read $cfg" >&2; exit 1; }
options=() classpath='' main=''
while IFS= read -r line || [ -n "$line" ]; do
  line=${line//\$APPDIR/$appdir}
  line=${line//\$BINDIR/$root/bin}
  line=${line//\$ROOTDIR/$root}
  case $line in
    java-options=*) options+=("${line#java-options=}") ;;
    app.classpath=*) classpath=${classpath:+$classpath:}${line#app.classpath=} ;;
    app.mainclass=*) main=${line#app.mainclass=} ;;
  esac
done < "$cfg"
[ -n "$main" ] || { echo "$name: $cfg names no app.mainclass" >&2; exit 1; }
exec "$root/lib/runtime/bin/java" "${options[@]}" -Djpackage.app-path="$self" -cp "$classpath" "$main" "$@"
