"""Writers that turn a document model into files: Markdown, HTML (pure) and PDF (QtGui)."""
