namespace Competition.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class QrCodeTests(BrowserApp app)
{
    [Fact]
    public async Task Get_draws_the_text_as_an_svg()
    {
        using var response = await app.Http.GetAsync("/qr.svg?text=" + Uri.EscapeDataString("http://example.org/screen/1"));
        response.IsSuccessStatusCode.ShouldBeTrue();
        response.Content.Headers.ContentType!.MediaType.ShouldBe("image/svg+xml");
        (await response.Content.ReadAsStringAsync()).ShouldContain("<svg");
    }

    [Fact]
    public async Task Post_takes_a_secret_from_the_body_so_it_stays_out_of_urls()
    {
        using var response = await app.Http.PostAsync("/qr.svg", new StringContent("http://example.org/judge#token=secret"));
        response.IsSuccessStatusCode.ShouldBeTrue();
        (await response.Content.ReadAsStringAsync()).ShouldContain("<svg");
    }

    [Theory]
    [InlineData("/qr.svg")]
    [InlineData("/qr.svg?text=")]
    public async Task Missing_text_is_a_bad_request(string path)
    {
        using var response = await app.Http.GetAsync(path);
        ((int)response.StatusCode).ShouldBe(400);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task Pages_are_served_at_their_routes()
    {
        foreach (var (path, marker) in new[] { ("/", "/js/organizer/main.js"), ("/judge", "/js/judge/main.js"), ("/screen/any-id", "/js/screen/main.js") })
        {
            using var response = await app.Http.GetAsync(path);
            response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
            (await response.Content.ReadAsStringAsync()).ShouldContain(marker);
        }
    }
}
