"""Web front end: Gradio Blocks mounted on FastAPI, one module per panel."""
