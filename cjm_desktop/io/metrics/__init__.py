"""Metric import: table shape, column roles, layouts, aggregation, targets, summary, export."""
