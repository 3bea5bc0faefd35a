using System.Globalization;
using System.Net;
using System.Text;

namespace Shop.Web.Features.Mail;

/// <summary>
/// Lays a <see cref="MailContent"/> out as a simple HTML page (inline styles, as mail programs
/// want, every text HTML-encoded) and as its plain-text alternative, with the shop's name and
/// address at the bottom.
/// </summary>
public static class MailLayout
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static RenderedMail Render(MailContent content, string shopName, string shopUrl, string culture) =>
        new(content.Subject, Html(content, shopName, shopUrl, culture), Text(content, shopName, shopUrl));

    public static string Html(MailContent content, string shopName, string shopUrl, string culture)
    {
        static string E(string text) => WebUtility.HtmlEncode(text);
        var html = new StringBuilder();
        html.Append(Invariant, $"<!DOCTYPE html><html lang=\"{E(culture)}\"><head><meta charset=\"utf-8\"><title>{E(content.Subject)}</title></head>");
        html.Append("<body style=\"margin:0;padding:24px;background:#f4f5f7;font-family:Arial,'Microsoft YaHei',sans-serif;color:#222;\">");
        html.Append("<div style=\"max-width:600px;margin:0 auto;background:#fff;border-radius:8px;padding:24px;\">");
        html.Append(Invariant, $"<p style=\"margin:0 0 16px;font-weight:bold;color:#c0392b;\">{E(shopName)}</p>");
        html.Append(Invariant, $"<h1 style=\"font-size:20px;margin:0 0 16px;\">{E(content.Heading)}</h1>");
        foreach (var paragraph in content.Paragraphs)
        {
            html.Append(Invariant, $"<p style=\"margin:0 0 12px;line-height:1.5;\">{E(paragraph)}</p>");
        }
        if (content.Facts.Count > 0)
        {
            html.Append("<table style=\"border-collapse:collapse;margin:8px 0 16px;\" data-facts>");
            foreach (var fact in content.Facts)
            {
                html.Append(Invariant, $"<tr><td style=\"padding:2px 16px 2px 0;color:#666;\">{E(fact.Label)}</td><td style=\"padding:2px 0;font-weight:bold;\">{E(fact.Value)}</td></tr>");
            }
            html.Append("</table>");
        }
        if (content.Items.Count > 0)
        {
            html.Append("<table style=\"border-collapse:collapse;width:100%;margin:8px 0 16px;\" data-items>");
            foreach (var item in content.Items)
            {
                html.Append(Invariant, $"<tr><td style=\"padding:6px 0;border-bottom:1px solid #eee;\">{E(item.Name)}</td><td style=\"padding:6px 8px;border-bottom:1px solid #eee;text-align:right;\">× {item.Quantity}</td><td style=\"padding:6px 0;border-bottom:1px solid #eee;text-align:right;\">{E(item.Amount)}</td></tr>");
            }
            html.Append("</table>");
        }
        if (content.Codes.Count > 0)
        {
            html.Append("<table style=\"border-collapse:collapse;margin:8px 0 16px;\" data-codes>");
            foreach (var code in content.Codes)
            {
                html.Append(Invariant, $"<tr><td style=\"padding:4px 16px 4px 0;\">{E(code.Label)}</td><td style=\"padding:4px 8px;font-family:monospace;font-size:16px;background:#f4f5f7;\">{E(code.Value)}</td></tr>");
            }
            html.Append("</table>");
        }
        foreach (var link in content.Links)
        {
            html.Append(Invariant, $"<p style=\"margin:16px 0;\"><a href=\"{E(link.Url)}\" style=\"display:inline-block;padding:10px 18px;background:#c0392b;color:#fff;text-decoration:none;border-radius:6px;\">{E(link.Label)}</a></p>");
        }
        if (content.Note is { } note)
        {
            html.Append(Invariant, $"<p style=\"margin:16px 0 0;font-size:12px;color:#666;\">{E(note)}</p>");
        }
        html.Append(Invariant, $"<hr style=\"border:none;border-top:1px solid #eee;margin:24px 0 12px;\"><p style=\"margin:0;font-size:12px;color:#888;\">{E(shopName)} · <a href=\"{E(shopUrl)}\" style=\"color:#888;\">{E(shopUrl)}</a></p>");
        html.Append("</div></body></html>");
        return html.ToString();
    }

    public static string Text(MailContent content, string shopName, string shopUrl)
    {
        var text = new StringBuilder();
        text.AppendLine(content.Heading).AppendLine();
        foreach (var paragraph in content.Paragraphs)
        {
            text.AppendLine(paragraph).AppendLine();
        }
        foreach (var fact in content.Facts)
        {
            text.AppendLine(Invariant, $"{fact.Label}: {fact.Value}");
        }
        if (content.Facts.Count > 0)
        {
            text.AppendLine();
        }
        foreach (var item in content.Items)
        {
            text.AppendLine(Invariant, $"- {item.Name} × {item.Quantity}  {item.Amount}");
        }
        if (content.Items.Count > 0)
        {
            text.AppendLine();
        }
        foreach (var code in content.Codes)
        {
            text.AppendLine(Invariant, $"{code.Label}: {code.Value}");
        }
        if (content.Codes.Count > 0)
        {
            text.AppendLine();
        }
        foreach (var link in content.Links)
        {
            text.AppendLine(Invariant, $"{link.Label}: {link.Url}");
        }
        if (content.Links.Count > 0)
        {
            text.AppendLine();
        }
        if (content.Note is { } note)
        {
            text.AppendLine(note).AppendLine();
        }
        text.AppendLine("--").AppendLine(Invariant, $"{shopName} · {shopUrl}");
        return text.ToString();
    }
}
