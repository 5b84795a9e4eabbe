"""``stridelog foods``: search the food table and try the meal parser from the shell."""

from __future__ import annotations

import click

from journal.commands._common import data_dir_option, echo_json, fail, open_journal

# Columns of the parse table: (nutrient key, header, decimals)
_COLUMNS = (
    ("kcal", "kcal", 0),
    ("protein_g", "prot g", 1),
    ("carbs_g", "carb g", 1),
    ("fat_g", "fat g", 1),
    ("iron_mg", "iron mg", 1),
    ("b6_mg", "B6 mg", 2),
    ("b12_ug", "B12 µg", 2),
)
_NAMES = {
    "kcal": "energy",
    "protein_g": "protein",
    "carbs_g": "carbs",
    "fat_g": "fat",
    "fiber_g": "fiber",
    "iron_mg": "iron",
    "b6_mg": "vitamin B6",
    "b12_ug": "vitamin B12",
    "calcium_mg": "calcium",
}


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _num(value: float | None, decimals: int) -> str:
    return "?" if value is None else f"{value:.{decimals}f}"


@click.group("foods")
@data_dir_option
def foods() -> None:
    """Search the food table (USDA SR24) and see how a meal text is read."""


@foods.command("search")
@click.argument("query", nargs=-1, required=True)
@click.option("--limit", "-n", default=10, show_default=True, type=click.IntRange(1, 100))
@click.option("--json", "as_json", is_flag=True, help="Print the matches as JSON.")
@data_dir_option
def search_command(query: tuple[str, ...], limit: int, as_json: bool) -> None:
    """Rank the foods of the table for QUERY (`stridelog foods search banana`)."""
    from journal import foods as table

    text = " ".join(query).strip()
    if not text:
        fail("foods search: give some words to look for, e.g. `stridelog foods search banana`")
    matches = table.search(text, limit=limit)
    if as_json:
        echo_json(
            [
                {
                    "food_id": m.food_id,
                    "name": m.name,
                    "group": m.group,
                    "score": m.score,
                    "default_grams": m.default_grams,
                    "portion": m.portion,
                    "kcal_per_100g": (table.food(m.food_id) or _NO_FOOD).nutrients.get("kcal"),
                }
                for m in matches
            ]
        )
        return
    if not matches:
        click.echo(f"No food matches “{text}”. Try fewer or simpler words.")
        return
    click.echo(
        click.style(
            f"{'id':<6} {'food':<52} {'portion':<24} {'kcal/100g':>9} {'score':>5}", bold=True
        )
    )
    for m in matches:
        f = table.food(m.food_id)
        kcal = f.nutrients.get("kcal") if f else None
        grams = f"{m.default_grams:g} g"
        portion = grams if m.portion == grams else f"{_cut(m.portion, 16)} = {grams}"
        click.echo(
            f"{m.food_id:<6} {_cut(m.name, 52):<52} {_cut(portion, 24):<24} "
            f"{_num(kcal, 0):>9} {m.score:>5.0f}"
        )


class _NoFood:
    nutrients: dict[str, float | None] = {}  # noqa: RUF012


_NO_FOOD = _NoFood()


@foods.command("parse")
@click.argument("text", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print items, unmatched, totals, coverage.")
@data_dir_option
def parse_command(text: tuple[str, ...], as_json: bool) -> None:
    """Show how a meal text is read: foods, grams, nutrients, unmatched words.

    Your own corrections (`stridelog foods corrections`) are read first, as when saving.

    Example: stridelog foods parse "2 eggs, oatmeal 80g, a banana"
    """
    from journal import foods as table

    meal = " ".join(text).strip()
    if not meal:
        fail('foods parse: give a meal, e.g. `stridelog foods parse "2 eggs, oatmeal 80g"`')
    result = table.parse_meal(meal, _corrections())
    if as_json:
        echo_json(result.to_json())
        return
    head = f"{'you typed':<22} {'food':<34} {'grams':>6}" + "".join(
        f" {h:>8}" for _k, h, _d in _COLUMNS
    )
    click.echo(click.style(head, bold=True))
    unsure = set(result.unsure)
    for n, item in enumerate(result.items):
        per = table.nutrients(item.food_id, item.grams) or {}
        name = ("? " if n in unsure else "") + (item.name or item.food_id)
        cells = "".join(f" {_num(per.get(k), d):>8}" for k, _h, d in _COLUMNS)
        said = " ".join((item.text or "").split())
        click.echo(f"{_cut(said, 22):<22} {_cut(name, 34):<34} {item.grams:>6.0f}{cells}")
    total_cells = "".join(f" {_num(result.totals.get(k), d):>8}" for k, _h, d in _COLUMNS)
    grams = sum(i.grams for i in result.items)
    click.echo(click.style(f"{'total':<22} {'':<34} {grams:>6.0f}{total_cells}", bold=True))
    partial = [
        f"{_NAMES[k]} {result.coverage[k]:.0%}"
        for k in _NAMES
        if result.items and result.coverage.get(k, 0.0) < 1.0
    ]
    if partial:
        click.echo(
            click.style("known for only part of the weight (totals are a floor): ", fg="yellow")
            + ", ".join(partial)
        )
    if unsure:
        texts = dict.fromkeys(
            " ".join((result.items[n].text or "").split()) for n in sorted(unsure)
        )
        click.echo(
            click.style("? unsure matches (check them; counted as half known): ", fg="yellow")
            + ", ".join(f"“{t}”" for t in texts)
        )
    if result.unmatched:
        click.echo(
            click.style("not matched (counted as unknown): ", fg="yellow")
            + ", ".join(f"“{u}”" for u in result.unmatched)
        )
    if not result.items and not result.unmatched:
        click.echo("Nothing to read in that text.")


def _corrections() -> dict | None:
    """The runner's stored corrections, so `foods parse` reads a meal as `add` will."""
    from journal import paths
    from journal.commands._common import data_dir_from
    from journal.foods import personal

    found = personal.load(paths.data_dir(data_dir_from(click.get_current_context())))
    if found.problem:
        click.secho(f"stridelog: {found.problem}", err=True, fg="yellow")
    return found.as_personal() or None


@foods.command("corrections")
@click.option("--remove", "remove", metavar="PHRASE", help="Forget the correction for PHRASE.")
@click.option("--json", "as_json", is_flag=True, help="Print the corrections as JSON.")
@data_dir_option
def corrections_command(remove: str | None, as_json: bool) -> None:
    """List the foods you chose for your own phrases (used before the table), or remove one.

    Corrections are made in the check-in (the meal row's "Fix foods" key); each one says
    which foods and grams a phrase such as "beans on toast" means for you.
    """
    from journal import foods as table
    from journal.foods import personal

    journal = open_journal()
    data_dir = journal.data_dir
    found = personal.load(data_dir)
    if found.problem:
        click.secho(f"stridelog: {found.problem}", err=True, fg="yellow")
    if remove is not None:
        if not personal.phrase_key(remove):
            fail("--remove: is empty; allowed: a phrase listed by `stridelog foods corrections`")
        if found.problem and not found.foods:
            fail("--remove: the corrections file cannot be read; nothing was changed")
        if not personal.forget(data_dir, remove):
            fail(
                f"--remove: no correction for “{remove}”; allowed: a phrase listed by "
                "`stridelog foods corrections`"
            )
        click.echo(f"Forgot the correction for “{remove}”; meals resolve from the table again.")
        return
    if as_json:
        echo_json(
            {
                phrase: [{"food_id": f, "grams": g} for f, g in parts]
                for phrase, parts in sorted(found.foods.items())
            }
        )
        return
    if not found.foods:
        click.echo("No food corrections yet. Fix a meal's foods in the check-in to add one.")
        return
    click.echo(click.style(f"{'phrase':<28} {'food':<44} {'grams':>6}", bold=True))
    for phrase, parts in sorted(found.foods.items()):
        for n, (food_id, grams) in enumerate(parts):
            f = table.food(food_id)
            name = f.name if f else f"{food_id} (not in the food table; ignored)"
            label = phrase if n == 0 else ""
            click.echo(f"{_cut(label, 28):<28} {_cut(name, 44):<44} {grams:>6.0f}")
