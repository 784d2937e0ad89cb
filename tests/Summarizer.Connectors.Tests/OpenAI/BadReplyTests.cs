using System.Text.Json;
using Microsoft.Extensions.AI;
using Summarizer.Connectors.OpenAI;
using Summarizer.Connectors.Tests.Support;
using Summarizer.TestSupport;

namespace Summarizer.Connectors.Tests.OpenAI;

public sealed class BadReplyTests : IAsyncLifetime
{
    private static readonly ChatMessage[] Messages = [new(ChatRole.User, "Summarize: the ferry timetable changes in March.")];

    private static readonly JsonElement Schema = JsonDocument.Parse("""
        {"type":"object","additionalProperties":false,"required":["headline","points"],
         "properties":{"headline":{"type":"string"},"points":{"type":"array","items":{"type":"string"}}}}
        """).RootElement;

    private FakeOpenAIServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeOpenAIServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private async Task<ModelReplyException> FailWith(FakeReply reply, ChatOptions? options = null)
    {
        _server.Enqueue(reply);
        var client = OpenAIChatClientFactory.Create(new ConnectorOptions { Endpoint = _server.BaseUrl, Model = "test-model" });
        return await Assert.ThrowsAsync<ModelReplyException>(() => client.GetResponseAsync(Messages, options));
    }

    private static ChatOptions Json(JsonElement? schema = null) =>
        new() { ResponseFormat = schema is { } s ? ChatResponseFormat.ForJsonSchema(s, "brief") : ChatResponseFormat.Json };

    [Fact]
    public async Task Empty_choices_are_classified()
    {
        var ex = await FailWith(FakeReply.EmptyChoices());
        Assert.Equal(ModelReplyKind.EmptyChoices, ex.Kind);
    }

    [Fact]
    public async Task Length_truncation_is_classified_and_keeps_text_and_usage()
    {
        var ex = await FailWith(FakeReply.Truncated("The ferry timetable"));

        Assert.Equal(ModelReplyKind.Truncated, ex.Kind);
        Assert.Equal("The ferry timetable", ex.ReplyText);
        Assert.Equal(64, ex.Usage?.OutputTokenCount);
    }

    [Fact]
    public async Task Content_filter_is_classified()
    {
        var ex = await FailWith(FakeReply.ContentFilter());
        Assert.Equal(ModelReplyKind.ContentFiltered, ex.Kind);
    }

    [Fact]
    public async Task Whitespace_only_content_is_classified_as_empty()
    {
        var ex = await FailWith(FakeReply.Success("   "));
        Assert.Equal(ModelReplyKind.EmptyContent, ex.Kind);
    }

    [Fact]
    public async Task Body_that_is_not_a_completion_is_malformed()
    {
        var ex = await FailWith(FakeReply.Raw(200, """{"id":"x","choices":[{"index":0,"message":{"role":"assis"""));
        Assert.Equal(ModelReplyKind.MalformedResponse, ex.Kind);
    }

    [Fact]
    public async Task Html_page_with_status_200_is_malformed()
    {
        var ex = await FailWith(FakeReply.Raw(200, "<html><body>Gateway login</body></html>", "text/html"));
        Assert.Equal(ModelReplyKind.MalformedResponse, ex.Kind);
    }

    [Fact]
    public async Task Text_where_json_was_required_is_not_json()
    {
        var ex = await FailWith(FakeReply.Success("Sure! Here is the summary: ferries change."), Json());

        Assert.Equal(ModelReplyKind.NotJson, ex.Kind);
        Assert.Equal("Sure! Here is the summary: ferries change.", ex.ReplyText);
        Assert.DoesNotContain('\n', ex.Message);
    }

    private static ChatOptions CheckedByCaller(ChatOptions options)
    {
        options.AdditionalProperties = new() { [ConnectorChatOptions.FormatCheckedByCallerKey] = true };
        return options;
    }

    [Fact]
    public async Task Text_where_json_was_required_is_returned_when_the_caller_checks_the_format()
    {
        _server.Enqueue(FakeReply.Success("The ferry timetable changes in March."));
        var client = OpenAIChatClientFactory.Create(new ConnectorOptions { Endpoint = _server.BaseUrl, Model = "test-model" });

        var response = await client.GetResponseAsync(Messages, CheckedByCaller(Json()));

        Assert.Equal("The ferry timetable changes in March.", response.Text);
    }

    [Fact]
    public async Task Empty_and_truncated_replies_are_rejected_even_when_the_caller_checks_the_format()
    {
        Assert.Equal(ModelReplyKind.EmptyContent, (await FailWith(FakeReply.Success("  "), CheckedByCaller(Json()))).Kind);
        Assert.Equal(ModelReplyKind.Truncated, (await FailWith(FakeReply.Truncated(), CheckedByCaller(Json()))).Kind);
    }

    [Fact]
    public async Task Json_missing_a_required_property_fails_the_schema()
    {
        var ex = await FailWith(FakeReply.Success("""{"headline":"Ferries change"}"""), Json(Schema));

        Assert.Equal(ModelReplyKind.SchemaMismatch, ex.Kind);
        Assert.Contains("missing required property 'points'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_with_a_wrong_item_type_fails_the_schema_with_its_path()
    {
        var ex = await FailWith(FakeReply.Success("""{"headline":"Ferries change","points":["a",3]}"""), Json(Schema));

        Assert.Equal(ModelReplyKind.SchemaMismatch, ex.Kind);
        Assert.Contains("$.points[1]", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fenced_json_that_fits_the_schema_is_accepted()
    {
        _server.Enqueue(FakeReply.Success("```json\n{\"headline\":\"Ferries change\",\"points\":[\"March\"]}\n```"));
        var client = OpenAIChatClientFactory.Create(new ConnectorOptions { Endpoint = _server.BaseUrl, Model = "test-model" });

        var response = await client.GetResponseAsync(Messages, Json(Schema));

        Assert.Contains("Ferries change", response.Text, StringComparison.Ordinal);
    }
}
