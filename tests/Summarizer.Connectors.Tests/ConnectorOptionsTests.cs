namespace Summarizer.Connectors.Tests;

public sealed class ConnectorOptionsTests
{
    [Fact]
    public void ToString_never_shows_the_key()
    {
        var options = new ConnectorOptions { Model = "m", ApiKey = "sk-very-secret-value" };

        var text = options.ToString();

        Assert.DoesNotContain("sk-very-secret-value", text, StringComparison.Ordinal);
        Assert.Contains("ApiKey = ***", text, StringComparison.Ordinal);
        Assert.Contains("Model = m", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_are_valid_once_a_model_is_named()
    {
        Assert.Empty(new ConnectorOptions { Model = "m" }.GetErrors());
    }

    [Fact]
    public void Validation_names_each_bad_field()
    {
        var options = new ConnectorOptions
        {
            Model = " ",
            Concurrency = 0,
            MaxRetries = -1,
            AttemptTimeout = TimeSpan.Zero,
            Temperature = 3,
            RequestsPerMinute = 0,
            Endpoint = new Uri("ftp://example.org/"),
        };

        var ex = Assert.Throws<ArgumentException>(options.Validate);

        foreach (var field in new[] { "Model", "Concurrency", "MaxRetries", "AttemptTimeout", "Temperature", "RequestsPerMinute", "Endpoint" })
        {
            Assert.Contains(field + ":", ex.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("http://127.0.0.1:11434/v1", true)]
    [InlineData("http://localhost:1234/v1", true)]
    [InlineData("http://[::1]:8080/v1", true)]
    [InlineData("https://api.openai.com/v1", false)]
    [InlineData("https://res.openai.azure.com/openai/v1/", false)]
    public void Loopback_endpoints_are_local(string endpoint, bool local)
    {
        Assert.Equal(local, new ConnectorOptions { Endpoint = new Uri(endpoint) }.IsLocalEndpoint);
    }
}

public sealed class ConnectorOptionsEnvironmentTests
{
    [Fact]
    public void Environment_overrides_the_file_and_summarizer_endpoint_wins_over_openai_base_url()
    {
        var env = new Dictionary<string, string?>
        {
            ["SUMMARIZER_MODEL"] = "qwen2.5",
            ["SUMMARIZER_ENDPOINT"] = "http://127.0.0.1:11434/v1",
            ["OPENAI_BASE_URL"] = "https://api.example.org/v1",
            ["OPENAI_API_KEY"] = "sk-env-key-123456",
        };
        var fromFile = new ConnectorOptions { Model = "file-model", Endpoint = new Uri("https://file.example.org/v1") };

        var options = fromFile.WithEnvironment(name => env.GetValueOrDefault(name));

        Assert.Equal("qwen2.5", options.Model);
        Assert.Equal(new Uri("http://127.0.0.1:11434/v1"), options.Endpoint);
        Assert.Equal("sk-env-key-123456", options.ApiKey);
        Assert.Equal("openai", options.Provider);
    }

    [Fact]
    public void Empty_variables_leave_values_alone_and_a_bad_url_names_the_variable()
    {
        var keep = new ConnectorOptions { Model = "m" }.WithEnvironment(_ => "");
        Assert.Equal("m", keep.Model);

        var ex = Assert.Throws<ArgumentException>(() => new ConnectorOptions().WithEnvironment(n => n == "OPENAI_BASE_URL" ? "not a url" : null));
        Assert.Contains("OPENAI_BASE_URL", ex.Message, StringComparison.Ordinal);
    }
}
