"""The Textual front end: app factory in app.py, screens/, widgets/, app.tcss."""
