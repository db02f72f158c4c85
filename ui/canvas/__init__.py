"""The chart canvas: draws a chart's layout and turns gestures into edits.

`ChartView(document, selection)` is what the main window embeds. Inside:

- `view`: the QGraphicsView: zoom, selection both ways, event dispatch;
- `scene`: the items of one chart, kept in step with edits;
- `items`, `lines`: cards, tier stripes and labels; connectors and links;
- `measure`: fonts and card sizes for the layout engine;
- `style`: colours, shared pens and brushes, levels of detail;
- `interactions`, `rename`: the gestures, and the in-place name editor.
"""

from ui.canvas.scene import ChartScene
from ui.canvas.view import ChartView

__all__ = ["ChartScene", "ChartView"]
