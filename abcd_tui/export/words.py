"""Figures and changes in words, as people write them: shared by the command line,
the app and the report (87,5% and "−0,6 procentpunt" in Dutch; circles that merged,
split or reshuffled as sentences)."""

from __future__ import annotations

from abcd_tui.i18n import language, number, t
from abcd_tui.snapshots import CommunityRef, Comparison

SHARES = frozenset({"connected_share", "largest_part_share"})  # figures in %


def figure_text(code: str, value: float) -> str:
    """A headline figure as people write it: 1.234 bewoners, 87,5% (Dutch)."""
    if code in SHARES:
        text = f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"
        return (text.replace(".", ",") if language() == "nl" else text) + "%"
    return number(int(value))


def decimal(value: float) -> str:
    """A score with one decimal, as people write it (78,3 in Dutch)."""
    text = f"{value:.1f}"
    return text.replace(".", ",") if language() == "nl" else text


def change_text(code: str, change: float) -> str:
    """A change of a headline figure: +3, or for a share "−0,6 procentpunt" (a share
    going from 88% to 87,4% fell 0.6 points, not 0.6%)."""
    if not change:
        return "0"
    sign = "+" if change > 0 else "−"
    if code in SHARES:
        return t(
            "figure.points",
            sign=sign,
            value=decimal(abs(change)).removesuffix(",0").removesuffix(".0"),
        )
    return sign + figure_text(code, abs(change))


def _community_text(ref: CommunityRef, few_street: int = 1) -> str:
    """A community of a comparison as people know it: number, size, main groups, and
    streets where at least `few_street` of its residents live."""
    streets = [street for street, n in ref.streets if n >= few_street]
    known = ", ".join([*ref.groups, *streets][:3])
    return t("export.community", number=ref.number, residents=ref.residents, known=known)


def community_sentences(comparison: Comparison, few_street: int = 1) -> dict[str, list[str]]:
    """The communities that merged, split and reshuffled, each change as one sentence
    (an export passes `FEW_STREET`, so no street of one or two people is named)."""

    def several(refs) -> str:
        return " + ".join(_community_text(r, few_street) for r in refs)

    return {
        "merged": [
            t("export.merged", before=several(c.before), after=several(c.after))
            for c in comparison.merged
        ],
        "split": [
            t("export.split", before=several(c.before), after=several(c.after))
            for c in comparison.split
        ],
        "reshuffled": [
            t("export.reshuffled", before=several(c.before), after=several(c.after))
            for c in comparison.reshuffled
        ],
    }
