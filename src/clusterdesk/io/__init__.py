"""Importers and exporters. No Qt: long work takes `progress(fraction, text)` and `cancel()` callbacks and
the GUI runs it on a worker thread.

Stakeholders in:
    plan = stakeholder_import.build_import_plan(file, project, sheet=, mapping={COLUMN: FIELD}, default_kind=)
    table = readers.read_table(file, sheet=)  # the wizard reads once, then plans per mapping:
    plan = stakeholder_import.plan_from_table(file, table, project, mapping=)
    plan.describe_source(), plan.mapping, plan.table.frame (preview), plan.problems, plan.duplicates
    project.stack.push(plan.command())        # the whole import is one undoable step
    plan.write_rejected()                     # <file stem>.rejected.csv with the reasons
    xlsx_reader.sheet_names(file), vector_reader.layer_names(file), field_names.known_targets()

Stakeholders out:
    stakeholder_export.export_stakeholders(project, out, fids=None)   # .csv .xlsx .geojson .gpkg .shp
"""
