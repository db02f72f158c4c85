"""The app's docks beside the canvas: each presents part of the chart and turns
gestures into edits through `ChartDocument.push`. One module per panel."""
