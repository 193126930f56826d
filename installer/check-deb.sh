#!/usr/bin/env bash
# Builds the DEB and checks it as a user's machine would see it: control data and file list,
# lintian (where installed), the .desktop file and the AppStream metainfo, then unpacks it into a
# temporary root and starts that autocoin under Xvfb long enough to see its window (a screenshot
# is kept), and checks that it exits cleanly. Usage: check-deb.sh BUILD_DIR [SCREENSHOT.png]
set -euo pipefail
build=$(cd "$1" && pwd)
source_dir=$(cd "$(dirname "$0")/.." && pwd)
shot=${2:-$build/deb-window.png}
cd "$build"
rm -f autocoin_*.deb
cpack -G DEB >/dev/null
deb=$(ls autocoin_*_*.deb | head -1)
echo "package: $deb"

fail() { echo "check-deb: $*" >&2; exit 1; }

info=$(dpkg-deb -I "$deb")
for field in "Package: autocoin" "Version: " "Depends: " "libqt6core6" "libqt6widgets6" "libqt6keychain1" \
             "qt6-qpa-plugins" "libqt6sql6-sqlite" "libqt6websockets6" "Description: "; do
    grep -q -- "$field" <<<"$info" || fail "control data lacks '$field'"
done
files=$(dpkg-deb -c "$deb" | awk '{print $6}')
for path in ./usr/bin/autocoin ./usr/share/applications/app.autocoin.autocoin.desktop \
            ./usr/share/metainfo/app.autocoin.autocoin.metainfo.xml \
            ./usr/share/icons/hicolor/scalable/apps/app.autocoin.autocoin.svg \
            ./usr/share/icons/hicolor/48x48/apps/app.autocoin.autocoin.png \
            ./usr/share/icons/hicolor/256x256/apps/app.autocoin.autocoin.png ./usr/share/doc/autocoin/copyright; do
    grep -qx -- "$path" <<<"$files" || fail "the package lacks $path"
done
echo "control data and file list: ok"

if command -v lintian >/dev/null; then
    # Errors fail the check; warnings and notes are shown.
    lintian --tag-display-limit 0 --fail-on error "$deb" 2> >(grep -v "root privileges" >&2) ||
        fail "lintian reports errors"
    echo "lintian: no errors"
fi

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$root/usr/share/applications/app.autocoin.autocoin.desktop"
    echo "desktop file: valid"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net --pedantic "$root/usr/share/metainfo/app.autocoin.autocoin.metainfo.xml" ||
        fail "the metainfo does not validate"
fi

# Start the unpacked program on a virtual screen, see its window, ask it to quit.
data="$root/data"
mkdir -p "$data"
cat >"$root/run.sh" <<RUN
#!/usr/bin/env bash
set -u
# A real X window on the virtual screen, whatever the test environment asks of Qt.
export QT_QPA_PLATFORM=xcb
# The replay writes the candle cache: into the unpacked tree, never the user's ~/.cache.
export XDG_CACHE_HOME="$root/cache"
"$root/usr/bin/autocoin" --data-dir "$data" --exchange replay \
    --replay-data "$source_dir/../shared/data/upbit-krw-btc-1h/krw-btc-1h-2017-10-05_2021-04-27.csv" \
    2>"$root/app.stderr" &
pid=\$!
# xwininfo prints a title in the locale's charset; under the C locale of a clean environment
# (no LANG) the em dash of "autocoin — …" becomes "(failure in conversion from UTF8_STRING …)"
# and no title would match. C.UTF-8 is built into glibc (Debian 12, Ubuntu 24.04).
windows() { LC_ALL=C.UTF-8 xwininfo -root -tree 2>&1; }
for _ in \$(seq 1 40); do
    sleep 0.5
    if windows | grep -q '"autocoin — '; then break; fi
done
windows >"$root/all-windows.txt"
grep '"autocoin — ' "$root/all-windows.txt" >"$root/windows.txt" || true
command -v import >/dev/null && import -window root "$shot" || true
kill -TERM \$pid
wait \$pid
echo \$? >"$root/exit-code"
RUN
chmod +x "$root/run.sh"
# When no window appears or the exit is not clean, say why: the program's stderr, its log, the
# windows the X server had.
explain() {
    local what=$1
    echo "--- autocoin's stderr:" >&2
    cat "$root/app.stderr" >&2 2>/dev/null || true
    echo "--- last lines of its log ($data/logs/autocoin.log):" >&2
    tail -n 30 "$data/logs/autocoin.log" >&2 2>/dev/null || echo "(no log written)" >&2
    if [ "$what" = window ]; then
        echo "--- windows on the X server:" >&2
        cat "$root/all-windows.txt" >&2 2>/dev/null || echo "(none listed: did Xvfb start?)" >&2
    fi
}
xvfb-run -a -s "-screen 0 1280x800x24" "$root/run.sh" || { explain window; fail "xvfb-run failed"; }
grep -q 'autocoin' "$root/windows.txt" || { explain window; fail "no autocoin window appeared"; }
echo "window: $(head -1 "$root/windows.txt" | sed 's/^ *//')"
[ "$(cat "$root/exit-code")" = 0 ] || { explain exit; fail "autocoin exited with $(cat "$root/exit-code")"; }
grep -q "exited cleanly" "$data/logs/autocoin.log" || { explain exit; fail "the log does not say it exited cleanly"; }
echo "started from the package, showed its window, exited cleanly; screenshot: $shot"
