namespace Shop.Web.Features.Mail;

/// <summary>A message in words: its subject, and its body as HTML and as plain text.</summary>
public sealed record RenderedMail(string Subject, string Html, string Text);
