using System.Net.Http.Headers;

namespace Shop.Tests.Web;

/// <summary>A file as a browser sends it in a form: the field it belongs to, its name, its declared type, its bytes.</summary>
public sealed record UploadedFile(string Field, string FileName, string ContentType, byte[] Content);

/// <summary>What a browser does with a page's upload form (<c>enctype="multipart/form-data"</c>).</summary>
public static class MultipartFormExtensions
{
    /// <summary>
    /// Opens the page, then posts the fields and files with the page's anti-forgery token, to the page
    /// itself or to <paramref name="action"/>. Cookies stay in the client.
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitMultipartFormAsync(
        this HttpClient client, string pageUrl, Dictionary<string, string> fields, string? action = null, params UploadedFile[] files)
    {
        var token = await client.GetAntiforgeryTokenAsync(pageUrl);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), HtmlFormExtensions.AntiforgeryFieldName },
        };
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }
        foreach (var file in files)
        {
            var content = new ByteArrayContent(file.Content);
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(file.ContentType);
            form.Add(content, file.Field, file.FileName);
        }
        return await client.PostAsync(action ?? pageUrl, form);
    }
}
