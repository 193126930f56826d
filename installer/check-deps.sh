#!/usr/bin/env bash
# Fresh-machine gate: fails when the build used a Debian package that bootstrap does not install.
#   installer/check-deps.sh BUILD_DIR PACKAGE...    (bootstrap.sh test passes its own list)
# What the build used, from BUILD_DIR after configure and build:
#   - every CMake package configuration it loaded (the *_DIR entries of CMakeCache.txt, which
#     find_package and Qt's find_dependency set, Qt6OpenGL among them) and every file it found with
#     find_program/find_library (FILEPATH entries);
#   - every shared library the built programs link (ldd).
# Each is mapped to its package with dpkg -S; each package must be in the list given, in the base
# of a minbase root (Essential or Priority: required), or in their closure over Depends and
# Pre-Depends of the installed packages — never Recommends, as bootstrap installs with
# --no-install-recommends. The machine running this may have more installed than bootstrap
# brings (that is exactly what this catches); it needs only dpkg, so it also runs in a fresh root.
set -euo pipefail

if [ $# -lt 2 ] || [ ! -f "$1/CMakeCache.txt" ]; then
    echo "usage: $0 BUILD_DIR PACKAGE... (BUILD_DIR configured and built)" >&2
    exit 2
fi
build=$(cd "$1" && pwd)
shift
source_dir=$(sed -n 's/^CMAKE_HOME_DIRECTORY:INTERNAL=//p' "$build/CMakeCache.txt")

# Found on this machine by an optional search, used by nothing the project builds; each with why.
optional_files=(
    # Qt6Gui's find_dependency(WrapVulkanHeaders) looks for them; Qt is built with Vulkan support
    # but the project never includes a Vulkan header or links libvulkan.
    Vulkan_LIBRARY Vulkan_GLSLC_EXECUTABLE Vulkan_GLSLANG_VALIDATOR_EXECUTABLE
    # Qt's WrapOpenGL runs CMake's FindOpenGL, which looks for every component; Qt links only
    # OpenGL::GL (libgl-dev, in the list).
    OPENGL_egl_LIBRARY OPENGL_glu_LIBRARY OPENGL_glx_LIBRARY OPENGL_opengl_LIBRARY
)

# --- what the build used: "file<TAB>why" lines ---------------------------------------------------
used=$(mktemp)
trap 'rm -f "$used"' EXIT
while IFS= read -r line; do
    name=${line%%:*}
    value=${line#*=}
    case "$line" in
    *_DIR:PATH=*)
        [ -d "$value" ] || continue
        for config in "$value"/*Config.cmake "$value"/*-config.cmake; do
            if [ -f "$config" ]; then
                printf '%s\tCMake package %s\n' "$config" "${name%_DIR}" >>"$used"
                break
            fi
        done
        ;;
    *:FILEPATH=*)
        [ -f "$value" ] || continue
        for optional in "${optional_files[@]}"; do
            if [ "$name" = "$optional" ]; then continue 2; fi
        done
        printf '%s\tCMake found %s\n' "$value" "$name" >>"$used"
        ;;
    esac
done < <(grep -E '^[A-Za-z0-9_.+-]+:(PATH|FILEPATH)=/' "$build/CMakeCache.txt")

programs=0
while IFS= read -r -d '' program; do
    # ELF files only (scripts, data and CMake's own checks are skipped).
    [ "$(head -c 4 "$program" | od -An -c | tr -d ' \n')" = '177ELF' ] || continue
    [[ "$program" == "$build/CMakeFiles/"* ]] && continue
    programs=$((programs + 1))
    ldd "$program" 2>/dev/null | awk -v who="${program#"$build"/}" \
        '$2 == "=>" && $3 ~ /^\// { print $3 "\tlinked by " who } $1 ~ /^\// { print $1 "\tlinked by " who }'
done < <(find "$build" -type f -perm -u+x -print0) >>"$used"
if [ "$programs" -eq 0 ]; then
    echo "check-deps: no built program in $build (build first)" >&2
    exit 2
fi

# --- the closure of what bootstrap installs ------------------------------------------------------
installed=$(mktemp)
trap 'rm -f "$used" "$installed"' EXIT
dpkg-query -W -f='${Package}\t${db:Status-Abbrev}\t${Essential}\t${Priority}\t${Provides}\t${Pre-Depends}, ${Depends}\n' >"$installed"
closure=$(awk -F'\t' -v seeds="$* apt" '
    function name(dep) {
        sub(/\(.*/, "", dep); gsub(/[ \t]/, "", dep); sub(/:.*/, "", dep); return dep
    }
    $2 ~ /^ii/ {
        have[$1] = 1; deps[$1] = $6
        if ($3 == "yes" || $4 == "required") queue[++n] = $1
        count = split($5, provided, ",")
        for (i = 1; i <= count; i++) { p = name(provided[i]); if (p != "" && !(p in provider)) provider[p] = $1 }
    }
    END {
        count = split(seeds, s, " ")
        for (i = 1; i <= count; i++) queue[++n] = s[i]
        for (head = 1; head <= n; head++) {
            package = queue[head]
            if (package in seen) continue
            seen[package] = 1
            if (!(package in have)) { if (package in provider) queue[++n] = provider[package]; continue }
            groups = split(deps[package], group, ",")
            for (g = 1; g <= groups; g++) {
                # The first alternative that is installed (or provided) is the one apt would keep.
                alternatives = split(group[g], alternative, "|")
                for (a = 1; a <= alternatives; a++) {
                    dep = name(alternative[a])
                    if (dep == "") continue
                    if (dep in have) { queue[++n] = dep; break }
                    if (dep in provider) { queue[++n] = provider[dep]; break }
                }
            }
        }
        for (package in seen) if (package in have) print package
    }' "$installed" | sort -u)

# --- map each used file to its package and check it ----------------------------------------------
# One pass over dpkg's file lists (dpkg -S per file takes a second each). A file is looked up as
# given, resolved, and in its other /usr-merged spelling (/lib and /usr/lib are one directory).
spellings=$(mktemp)
trap 'rm -f "$used" "$installed" "$spellings"' EXIT
cut -f1 "$used" | sort -u | while IFS= read -r file; do
    for candidate in "$file" "$(readlink -f "$file")"; do
        printf '%s\t%s\n' "$file" "$candidate"
        case "$candidate" in
        /usr/lib/* | /usr/bin/* | /usr/sbin/*) printf '%s\t%s\n' "$file" "${candidate#/usr}" ;;
        /lib/* | /bin/* | /sbin/*) printf '%s\t%s\n' "$file" "/usr$candidate" ;;
        esac
    done
done >"$spellings"
declare -A owner
while IFS=$'\t' read -r spelled package; do
    owner[$spelled]=$package
done < <(cut -f2 "$spellings" | sort -u | grep -HxF -f - /var/lib/dpkg/info/*.list |
    sed -E 's|^/var/lib/dpkg/info/([^:/]+)(:[^.]+)?\.list:(.*)$|\3\t\1|')

missing=0
checked=0
declare -A reported
while IFS=$'\t' read -r file why; do
    if [ -n "$source_dir" ] && [[ "$file" == "$source_dir/"* || "$file" == "$build/"* ]]; then
        continue # built here
    fi
    checked=$((checked + 1))
    package=""
    while IFS=$'\t' read -r _ spelled; do
        package=${owner[$spelled]:-}
        [ -n "$package" ] && break
    done < <(grep -F "$file"$'\t' "$spellings")
    if [ -z "$package" ]; then
        echo "check-deps: $file ($why) belongs to no Debian package: bootstrap cannot install it" >&2
        missing=$((missing + 1))
    elif ! grep -qxF "$package" <<<"$closure"; then
        if [ -z "${reported[$package]:-}" ]; then
            echo "check-deps: $package ($file, $why) is not installed by bootstrap: add it to its list" >&2
            reported[$package]=1
        fi
        missing=$((missing + 1))
    fi
done < <(sort -t "$(printf '\t')" -k1,1 -u "$used")

if [ "$missing" -gt 0 ]; then
    echo "check-deps: FAILED: $missing of the $checked files the build used come from packages bootstrap does not install" >&2
    exit 1
fi
echo "check-deps: all $checked files the build used (CMake packages and tools, the libraries of $programs programs) come from packages bootstrap installs or their Depends"
