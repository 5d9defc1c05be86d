"""The map: a folium page with local Leaflet assets, and the data it fetches (no network, no Qt).

assets: files served at app://assets/…; page: the HTML; markers: app://data/markers.json;
hotspots: clusters of open complaints; mbtiles: offline tiles; boundary: the office outline.
"""
