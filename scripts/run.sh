#!/usr/bin/env bash
# Installs what is missing, builds Spokewise (Release, in build/) and starts the designer on the
# bundled default design, or on the design given as the first argument.
#   scripts/run.sh [DESIGN.spokewise.json]
# Without a display: xvfb-run -a scripts/run.sh   (or QT_QPA_PLATFORM=offscreen scripts/run.sh)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
design=${1:-"$root/resources/examples/hub-spoke-p2s-er.spokewise.json"}

# Fail before a long build when the window could not be shown anyway.
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
    cat >&2 <<MSG
run.sh: no display found (DISPLAY and WAYLAND_DISPLAY are unset), so the designer window cannot open.
  On a desktop, run it from a terminal of your graphical session.
  On a server or in a container, give it a virtual display:   xvfb-run -a scripts/run.sh
  Or run it without any display (nothing is shown):          QT_QPA_PLATFORM=offscreen scripts/run.sh
  To check a design without a window:                        build/app/cli/spokewise-cli validate FILE
MSG
    exit 1
fi

if [[ ! -f "$design" ]]; then
    echo "run.sh: no design file at $design" >&2
    exit 1
fi

bash "$root/scripts/setup-deps.sh"
cmake -S "$root" -B "$root/build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSPOKEWISE_BUILD_TESTS=OFF
cmake --build "$root/build" --parallel "$(nproc)"

echo "run.sh: starting build/app/designer/spokewise $design"
exec "$root/build/app/designer/spokewise" "$design"
