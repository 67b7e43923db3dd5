"""The ingest pipeline, one module a stage, data flowing one way:

    sources -> clean -> extract -> resolve -> load

Stages exchange the typed records of ``ingest.records``.
"""
