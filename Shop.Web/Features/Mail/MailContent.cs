namespace Shop.Web.Features.Mail;

/// <summary>
/// What one message says, in the recipient's language already, before it is laid out as HTML
/// and as plain text by <see cref="MailLayout"/>. Every text is plain: the layout encodes it.
/// </summary>
public sealed class MailContent
{
    public required string Subject { get; init; }
    public required string Heading { get; init; }
    public IReadOnlyList<string> Paragraphs { get; init; } = [];

    /// <summary>Label and value pairs: the order number, the amount, the carrier...</summary>
    public IReadOnlyList<MailFact> Facts { get; init; } = [];

    public IReadOnlyList<MailItem> Items { get; init; } = [];

    /// <summary>Codes of virtual goods, each with the product it is for.</summary>
    public IReadOnlyList<MailFact> Codes { get; init; } = [];

    /// <summary>The buttons: absolute links (pay, the order, downloads, confirm).</summary>
    public IReadOnlyList<MailLink> Links { get; init; } = [];

    /// <summary>A last word in small print (why the mail came, how long a link works).</summary>
    public string? Note { get; init; }
}

public sealed record MailFact(string Label, string Value);

public sealed record MailItem(string Name, int Quantity, string Amount);

public sealed record MailLink(string Label, string Url);
