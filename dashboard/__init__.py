"""The Streamlit dashboard. Views never touch the driver: ``dashboard.data`` owns Neo4j access."""
