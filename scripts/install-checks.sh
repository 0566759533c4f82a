#!/usr/bin/env bash
# Checks an installed Spokewise package from the installed paths only. scripts/test-install.sh runs
# it inside a throwaway system root (or on the host, from /, with a clean environment).
#   install-checks.sh VERSION
# Exits non-zero on the first failed check, naming it.
set -euo pipefail

version=$1
fail() { echo "install-checks: FAILED: $*" >&2; exit 1; }
ok() { echo "install-checks: ok: $*"; }

export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
export HOME=$(mktemp -d)
export XDG_RUNTIME_DIR=$(mktemp -d)
export XDG_CONFIG_HOME=$HOME/.config
chmod 700 "$XDG_RUNTIME_DIR"
cd /

# The programs are the installed ones.
for program in spokewise spokewise-cli; do
    found=$(command -v "$program") || fail "$program is not on PATH"
    [[ $(readlink -f "$found") == /usr/bin/$program ]] || fail "$program resolves to $(readlink -f "$found"), not /usr/bin"
    libraries=$(ldd "/usr/bin/$program")
    if grep -q 'not found' <<<"$libraries"; then
        fail "/usr/bin/$program misses libraries: $(grep 'not found' <<<"$libraries" | tr -s ' \t' ' ')"
    fi
done
ok "spokewise and spokewise-cli are /usr/bin's, with every library found"

# The same version from both.
cli_version=$(spokewise-cli --version)
[[ $cli_version == "spokewise-cli $version" ]] || fail "spokewise-cli --version printed '$cli_version'"
gui_version=$(spokewise --version)
[[ $gui_version == "Spokewise $version" ]] || fail "spokewise --version printed '$gui_version'"
ok "both print version $version"

# Every installed example is a valid design.
examples=(/usr/share/spokewise/examples/*.spokewise.json)
[[ -f /usr/share/spokewise/examples/hub-spoke-p2s-er.spokewise.json ]] || fail "the default example is not installed"
for example in /usr/share/spokewise/examples/*.spokewise.json /usr/share/spokewise/examples/*/*.spokewise.json; do
    spokewise-cli validate "$example" || fail "spokewise-cli validate $example exited $?"
done
ok "spokewise-cli validate passes on the ${#examples[@]} top-level examples and the rest"

# The designer opens its default design (found from /usr/bin/../share), analyses it and draws it,
# in English and in Chinese.
for lang in C.UTF-8 zh_CN.UTF-8; do
    shot=$HOME/designer-$lang.png
    LANG=$lang LC_ALL=$lang QT_QPA_PLATFORM=offscreen timeout 120 spokewise --screenshot "$shot" \
        || fail "spokewise --screenshot (LANG=$lang) exited $?"
    [[ $(head -c 8 "$shot" | od -An -tx1 | tr -d ' \n') == 89504e470d0a1a0a ]] || fail "$shot is not a PNG"
    (( $(stat -c %s "$shot") > 20000 )) || fail "$shot is too small to show a design"
done
# The built-in Chinese translation was found: the two pictures differ (menus, docks, status bar).
! cmp -s "$HOME/designer-C.UTF-8.png" "$HOME/designer-zh_CN.UTF-8.png" || fail "the zh_CN window looks like the English one"
ok "the designer opened, analysed and drew the default design offscreen, in English and in Chinese"

# Desktop integration.
desktop=/usr/share/applications/io.spokewise.Spokewise.desktop
desktop-file-validate "$desktop" || fail "desktop-file-validate $desktop"
grep -qx 'MimeType=application/x-spokewise-design;' "$desktop" || fail "$desktop has no MimeType"
metainfo=/usr/share/metainfo/io.spokewise.Spokewise.metainfo.xml
appstreamcli validate --no-net "$metainfo" >/dev/null || { appstreamcli validate --no-net "$metainfo" || true; fail "appstreamcli validate $metainfo"; }
grep -q "<release version=\"$version\"" "$metainfo" || fail "$metainfo names no release $version"
ok "desktop entry and AppStream metainfo validate"

# The MIME type: dpkg's trigger ran update-mime-database; *.spokewise.json outweighs *.json.
grep -qx '80:application/x-spokewise-design:\*.spokewise.json' /usr/share/mime/globs2 \
    || fail "/usr/share/mime/globs2 has no weighted glob for *.spokewise.json"
json_weight=$(grep -m1 ':application/json:\*\.json$' /usr/share/mime/globs2 | cut -d: -f1 || true)
(( ${json_weight:-50} < 80 )) || fail "*.json has weight $json_weight, not below 80"
[[ -f /usr/share/mime/application/x-spokewise-design.xml ]] || fail "the MIME database was not updated"
if [[ -f /usr/share/applications/mimeinfo.cache ]]; then
    grep -q '^application/x-spokewise-design=.*io.spokewise.Spokewise.desktop' /usr/share/applications/mimeinfo.cache \
        || fail "mimeinfo.cache does not open design files with Spokewise"
fi
ok "*.spokewise.json is application/x-spokewise-design and opens in Spokewise"

# Icons, licence, docs, man page, Qt's Chinese translations.
for size in 16 32 48 64 128 256; do
    [[ -f /usr/share/icons/hicolor/${size}x${size}/apps/spokewise.png ]] || fail "no ${size}x${size} icon"
done
[[ -f /usr/share/icons/hicolor/scalable/apps/spokewise.svg ]] || fail "no scalable icon"
[[ -f /usr/share/doc/spokewise/copyright ]] || fail "no /usr/share/doc/spokewise/copyright"
[[ -f /usr/share/doc/spokewise/user-guide.md ]] || fail "no user guide"
[[ -f /usr/share/man/man1/spokewise-cli.1 ]] || fail "no man page"
[[ -f /usr/share/qt6/translations/qtbase_zh_CN.qm ]] || fail "Qt's Chinese translation (qt6-translations-l10n) is missing"
ok "icons at 16-256 px and scalable, licence, docs, man page, Qt's zh_CN translation"

rm -rf "$HOME" "$XDG_RUNTIME_DIR"
echo "install-checks: all passed"
