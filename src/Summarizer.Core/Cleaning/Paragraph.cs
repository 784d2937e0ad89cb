namespace Summarizer.Cleaning;

/// <summary>A paragraph of text during cleaning; list items and headings keep their own paragraph.</summary>
internal readonly record struct Paragraph(string Text, bool IsListItem);
