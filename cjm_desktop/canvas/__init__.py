"""The map canvas: QGraphicsScene/View, items mirroring the model, pure geometry, tools."""
