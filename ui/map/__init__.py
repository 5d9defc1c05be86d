"""The map: Leaflet in QtWebEngine, served from the app:// scheme, talking back over QWebChannel."""
