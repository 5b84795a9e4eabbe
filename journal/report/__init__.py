"""The doctor's page: the visit report (HTML), the same period as Markdown and as FHIR R4.

:mod:`.data` gathers the period once from the journal and the analyzer; :mod:`.html`,
:mod:`.markdown` and :mod:`.fhir` only lay it out. Charts are the chart registry's specs drawn
by the SVG backend (:mod:`journal.charts.svg`), so the report needs no plotext.
"""
