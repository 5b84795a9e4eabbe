"""Fixing a meal's matched foods from the check-in, remembered as the runner's own phrases.

The meal row opens :class:`FixFoodsScreen` (f9): it lists what the text was read as, unsure
matches marked; Enter on an item searches the food table for another food, and a grams field
changes the amount. Saving stores the choice for that phrase (journal/foods/personal.py), so
the next "beans on toast" reads the runner's way everywhere: check-in, `add`, import.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from journal.tui.widgets.typed_order import OrderedInput

SEARCH_LIMIT = 8

_cache: dict[str, tuple[float, dict[str, Any]]] = {}


def personal_for(data_dir: str | os.PathLike[str] | None) -> dict[str, Any] | None:
    """The runner's corrections for the preview, read again only when the file changes."""
    if data_dir is None:
        return None
    from journal.foods import personal

    path = personal.path_for(data_dir)
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        return None
    cached = _cache.get(str(path))
    if cached is None or cached[0] != stamp:
        cached = (stamp, personal.load(data_dir).as_personal())
        _cache[str(path)] = cached
    return cached[1] or None


@dataclass
class FixItem:
    """One matched food of the meal, as the runner may change it."""

    text: str  # the item of the meal text it came from
    food_id: str
    name: str
    grams: float
    unsure: bool
    changed: bool = False


def items_from(parse: Any) -> list[FixItem]:
    unsure = set(parse.unsure)
    return [
        FixItem(
            " ".join((i.text or "").split()), i.food_id, i.name or i.food_id, i.grams, n in unsure
        )
        for n, i in enumerate(parse.items)
    ]


def corrections(items: list[FixItem]) -> dict[str, tuple[tuple[str, float], ...]]:
    """Phrase → foods with the grams of one helping, for each meal item the runner changed.

    A dish ("beans on toast") is stored whole, the changed food in place of the old one,
    so the phrase keeps its other foods.
    """
    from journal.foods.personal import phrase_and_count

    out: dict[str, tuple[tuple[str, float], ...]] = {}
    for text in dict.fromkeys(i.text for i in items if i.changed and i.text):
        phrase, count = phrase_and_count(text)
        parts = tuple((i.food_id, round(i.grams / count, 1)) for i in items if i.text == text)
        out[phrase] = parts
    return out


def _portion(match: Any) -> str:
    grams = f"{match.default_grams:g} g"
    if not match.portion:
        return grams
    return grams if match.portion == grams else f"{match.portion} = {grams}"


class FixFoodsScreen(ModalScreen[bool]):
    """Pick another food or change grams for the items of one meal; True when saved."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel"),
        Binding("ctrl+s", "save", "Save", priority=True),
    ]

    DEFAULT_CSS = """
    FixFoodsScreen .dialog { width: 90%; max-width: 110; height: auto; max-height: 95%; }
    FixFoodsScreen OptionList { height: auto; max-height: 10; }
    FixFoodsScreen #fix-results { max-height: 7; }
    FixFoodsScreen #fix-editor { height: auto; }
    FixFoodsScreen #fix-grams { width: 12; margin-right: 2; }
    FixFoodsScreen #fix-search { margin: 1 0 0 0; }
    """

    def __init__(self, meal_text: str, parse: Any, data_dir: Any) -> None:
        super().__init__()
        self.meal_text = meal_text
        self.items = items_from(parse)
        self.data_dir = data_dir
        self.current: int | None = None  # the item being changed
        self.matches: list[Any] = []
        self._prefill = ""  # what the search field was filled with

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label("Fix foods", classes="dialog-title")
            yield Static(Text.assemble(("“", "dim"), self.meal_text, ("”", "dim")), id="fix-meal")
            yield Static(
                Text("Enter: change a food · ctrl+s: save for next time · esc: cancel", "dim"),
                id="fix-help",
            )
            yield OptionList(*self._item_options(), id="fix-items")
            with Vertical(id="fix-editor"):
                yield Label("", id="fix-editing", markup=False)
                yield OrderedInput(
                    placeholder="search the food table", id="fix-search", compact=True
                )
                yield OptionList(id="fix-results")
                with Horizontal(classes="dialog-buttons"):
                    yield Label("grams ", classes="dim")
                    yield OrderedInput(
                        placeholder="grams", id="fix-grams", type="number", compact=True
                    )
                    yield Button("Use (enter)", id="fix-use", compact=True)
            yield Static("", id="fix-error", classes="dialog-error", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Save ctrl+s", id="fix-save", variant="primary", compact=True)
                yield Button("Cancel esc", id="fix-cancel", compact=True)

    def on_mount(self) -> None:
        dialog = self.query_one(".dialog")  # inline: wider than the app's yes/no dialogs
        dialog.styles.width = "90%"
        dialog.styles.max_width = 110
        self.query_one("#fix-editor").display = False
        items = self.query_one("#fix-items", OptionList)
        if self.items:
            first_unsure = next((n for n, i in enumerate(self.items) if i.unsure), 0)
            items.highlighted = first_unsure
        items.focus()

    def _item_options(self) -> list[Option]:
        options = []
        for n, item in enumerate(self.items):
            label = Text()
            if item.unsure and not item.changed:
                label.append("? ", style="bold yellow")
            else:
                label.append("✓ ", style="bold green")
            label.append(item.text.strip() or "?", style="bold")
            label.append(" → ", style="dim")
            label.append(item.name)
            label.append(f"  {item.grams:g} g", style="dim")
            if item.unsure and not item.changed:
                label.append("  unsure", style="yellow")
            if item.changed:
                label.append("  changed", style="green")
            options.append(Option(label, id=f"item-{n}"))
        return options

    def _show_items(self) -> None:
        items = self.query_one("#fix-items", OptionList)
        highlighted = items.highlighted
        items.clear_options()
        items.add_options(self._item_options())
        if highlighted is not None:
            items.highlighted = highlighted

    @on(OptionList.OptionSelected, "#fix-items")
    def _item_chosen(self, event: OptionList.OptionSelected) -> None:
        self.current = event.option_index
        item = self.items[self.current]
        self.query_one("#fix-editing", Label).update(
            f"Change “{item.text.strip()}” → {item.name}: search, pick, then grams"
        )
        self.query_one("#fix-editor").display = True
        self.query_one("#fix-items").display = False  # room for the results at 80×24
        self.query_one("#fix-help").display = False
        search = self.query_one("#fix-search", Input)
        from journal.foods.personal import phrase_and_count

        self._prefill = phrase_and_count(item.text)[0] if item.text else item.name
        search.value = self._prefill
        self.query_one("#fix-grams", Input).value = f"{item.grams:g}"
        self._search(search.value)
        search.focus()

    @on(Input.Changed, "#fix-search")
    def _search_changed(self, event: Input.Changed) -> None:
        self._search(event.value)

    def _search(self, query: str) -> None:
        from journal import foods

        self.matches = foods.search(query, limit=SEARCH_LIMIT) if query.strip() else []
        if self.current is not None and query == self._prefill:
            # untouched search: the current food first, so Enter, Enter only changes grams
            item = self.items[self.current]
            kept = foods.Match(item.food_id, f"{item.name} (as now)", 100.0, item.grams, "")
            self.matches = [kept, *(m for m in self.matches if m.food_id != item.food_id)]
        results = self.query_one("#fix-results", OptionList)
        results.clear_options()
        results.add_options(
            [
                Option(Text.assemble(m.name, (f"  {_portion(m)}", "dim")), id=f"food-{n}")
                for n, m in enumerate(self.matches)
            ]
        )
        if self.matches:
            results.highlighted = 0

    @on(Input.Submitted, "#fix-search")
    def _search_submitted(self) -> None:
        self.query_one("#fix-results", OptionList).focus()

    @on(OptionList.OptionSelected, "#fix-results")
    def _food_chosen(self, event: OptionList.OptionSelected) -> None:
        if self.current is None:
            return
        match = self.matches[event.option_index]
        item = self.items[self.current]
        if match.food_id != item.food_id:
            item.food_id, item.name, item.changed = match.food_id, match.name, True
            self.query_one("#fix-grams", Input).value = f"{match.default_grams:g}"
        self.query_one("#fix-editing", Label).update(
            f"Change “{item.text.strip()}” → {item.name}: grams, then Enter"
        )
        self._show_items()
        grams = self.query_one("#fix-grams", Input)
        grams.focus()

    @on(Input.Submitted, "#fix-grams")
    @on(Button.Pressed, "#fix-use")
    def _grams_given(self) -> None:
        if self.current is None:
            return
        error = self.query_one("#fix-error", Static)
        raw = self.query_one("#fix-grams", Input).value.strip()
        try:
            grams = float(raw)
        except ValueError:
            grams = -1.0
        if not 0 < grams <= 10_000:
            error.update(f"grams: “{raw}” is not a weight; allowed: a number above 0, up to 10000")
            return
        error.update("")
        item = self.items[self.current]
        if grams != item.grams:
            item.grams, item.changed = grams, True
        self._close_editor()

    @on(Button.Pressed, "#fix-save")
    def action_save(self) -> None:
        chosen = corrections(self.items)
        if not chosen:
            self.dismiss(False)
            return
        if self.data_dir is None:
            self.query_one("#fix-error", Static).update("The journal is not open yet; try again.")
            return
        from journal.foods import personal

        try:
            for phrase, parts in chosen.items():
                personal.remember(self.data_dir, phrase, parts)
        except (OSError, ValueError) as err:
            self.query_one("#fix-error", Static).update(f"Not saved: {err}")
            return
        self.dismiss(True)

    @on(Button.Pressed, "#fix-cancel")
    def action_cancel(self) -> None:
        if self.query_one("#fix-editor").display:
            self._close_editor()
            return
        self.dismiss(False)

    def _close_editor(self) -> None:
        self.query_one("#fix-editor").display = False
        items = self.query_one("#fix-items", OptionList)
        items.display = True
        self.query_one("#fix-help").display = True
        self._show_items()
        items.focus()
