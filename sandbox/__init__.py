"""Files that make the sandbox image: the Dockerfile, the in-container runner, the base-image script."""
