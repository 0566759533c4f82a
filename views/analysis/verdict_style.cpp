#include "analysis/verdict_style.h"

namespace spokewise::views {

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

VerdictLook verdictLook(routing::Verdict verdict, bool dark)
{
    // Strong colours keep >= 4.5:1 against their own fill on both palettes.
    using routing::Verdict;
    switch (verdict) {
    case Verdict::Reachable:
        return dark ? VerdictLook{QColor(0x81, 0xc7, 0x84), QColor(0x1e, 0x4d, 0x24), QStringLiteral("✓")}
                    : VerdictLook{QColor(0x1b, 0x6e, 0x20), QColor(0xcd, 0xec, 0xcf), QStringLiteral("✓")};
    case Verdict::Unreachable:
        return dark ? VerdictLook{QColor(0xff, 0x8a, 0x80), QColor(0x6b, 0x1c, 0x1c), QStringLiteral("✗")}
                    : VerdictLook{QColor(0xb7, 0x1c, 0x1c), QColor(0xfa, 0xd4, 0xd4), QStringLiteral("✗")};
    case Verdict::Asymmetric:
        return dark ? VerdictLook{QColor(0xff, 0xb7, 0x4d), QColor(0x66, 0x3c, 0x00), QStringLiteral("⇄")}
                    : VerdictLook{QColor(0x9a, 0x4a, 0x00), QColor(0xff, 0xe3, 0xb8), QStringLiteral("⇄")};
    case Verdict::UnsupportedConfig:
        return dark ? VerdictLook{QColor(0xd7, 0xa4, 0xf0), QColor(0x4a, 0x1f, 0x63), QStringLiteral("⊘")}
                    : VerdictLook{QColor(0x6a, 0x1b, 0x9a), QColor(0xec, 0xd9, 0xf5), QStringLiteral("⊘")};
    case Verdict::Indeterminate:
        return dark ? VerdictLook{QColor(0xc8, 0xc8, 0xc8), QColor(0x44, 0x44, 0x48), QStringLiteral("?")}
                    : VerdictLook{QColor(0x4a, 0x4a, 0x4a), QColor(0xe4, 0xe4, 0xe4), QStringLiteral("?")};
    }
    return {};
}

QColor traceColor(bool dark)
{
    return dark ? QColor(0x4f, 0xc3, 0xf7) : QColor(0x00, 0x6c, 0xc8);
}

} // namespace spokewise::views
