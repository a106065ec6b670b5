using System.Text;
using Microsoft.Net.Http.Headers;

namespace Competition.Api.Entries;

/// The CSV import's body as text, decoded strictly by the charset it declares: UTF-8 when it declares none,
/// or GB18030 (which GBK and GB2312 files are), as Excel on a Chinese Windows saves "CSV". A byte that is not
/// valid in that charset is a 400, not a U+FFFD stored in a name; any other charset is a 415.
public static class CsvBody
{
    static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static CsvBody() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static async Task<string> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        var encoding = EncodingOf(request.ContentType);
        using var bytes = new MemoryStream();
        await request.Body.CopyToAsync(bytes, ct);
        try
        {
            return encoding.GetString(bytes.GetBuffer(), 0, (int)bytes.Length).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException e)
        {
            throw new Competition.Domain.InvalidCommand("body",
                $"The CSV is not valid {encoding.WebName.ToUpperInvariant()} (byte {e.Index} cannot be read): save it as \"CSV UTF-8\", or declare its charset");
        }
    }

    static Encoding EncodingOf(string? contentType)
    {
        var charset = MediaTypeHeaderValue.TryParse(contentType, out var media) ? media.Charset.Value?.Trim('"').ToLowerInvariant() : null;
        return charset switch
        {
            null or "utf-8" or "utf8" => Utf8,
            "gb18030" or "gbk" or "gb2312" => Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback),
            _ => throw new BadHttpRequestException($"The CSV's charset '{charset}' is not read here: send UTF-8 (or GB18030/GBK)",
                StatusCodes.Status415UnsupportedMediaType),
        };
    }
}
