using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace TriageBot.Teams.Authentication;

/// <summary>
/// The Bot Framework OpenID document and signing keys, held for every request. One refresh at a time is shared by
/// all callers; a request waits for it at most <see cref="TeamsOptions.MetadataWait"/> and each fetch gives up
/// after <see cref="TeamsOptions.MetadataFetchTimeout"/>. After a failure the next attempt waits (2 s doubling to
/// 2 min), so an outage costs one log line per attempt, not one fetch and one stack trace per activity. Known
/// metadata keeps serving while a refresh fails.
/// </summary>
/// <remarks>Replaces the library's ConfigurationManager, which with no metadata yet fetches once per caller,
/// one after the other, so a metadata server that never answers queues requests for minutes.</remarks>
public sealed class OpenIdMetadataCache
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromHours(12);
    /// <summary>An unknown signing key asks for fresh keys, but not more often than this.</summary>
    public static readonly TimeSpan MinimumRefreshInterval = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan FirstBackOff = TimeSpan.FromSeconds(2);
    public static readonly TimeSpan MaxBackOff = TimeSpan.FromMinutes(2);

    private readonly TeamsOptions _options;
    private readonly TimeProvider _time;
    private readonly IDocumentRetriever _documents;
    private readonly ILogger _logger;
    private readonly Lock _gate = new();

    private OpenIdConnectConfiguration? _current;
    private DateTimeOffset _fetchedAt;
    private Task<OpenIdConnectConfiguration?>? _refresh;
    private DateTimeOffset _nextAttempt = DateTimeOffset.MinValue;
    private int _failures;

    public OpenIdMetadataCache(TeamsOptions options, HttpClient http, TimeProvider time, ILogger<OpenIdMetadataCache>? logger = null)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _documents = new MetadataDocumentRetriever(http ?? throw new ArgumentNullException(nameof(http)), options.RequireHttpsMetadata);
        _logger = logger ?? NullLogger<OpenIdMetadataCache>.Instance;
    }

    /// <summary>How many fetches have started (for tests and diagnostics).</summary>
    public int Fetches { get; private set; }

    /// <summary>The metadata, or null when none could be had within the wait: the caller answers 503.</summary>
    public async Task<OpenIdConnectConfiguration?> GetAsync(CancellationToken cancellationToken)
    {
        Task<OpenIdConnectConfiguration?>? refresh;
        OpenIdConnectConfiguration? current;
        lock (_gate)
        {
            current = _current;
            var now = _time.GetUtcNow();
            if (current is not null)
            {
                // Stale keys still verify tokens while new ones are fetched in the background.
                if (now - _fetchedAt >= RefreshInterval) StartRefresh(now);
                return current;
            }
            refresh = StartRefresh(now);
        }
        if (refresh is null) return null; // backing off after a failure: answer at once
        try
        {
            return await refresh.WaitAsync(_options.MetadataWait, _time, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return null;
        }
    }

    /// <summary>A token named a key we don't know: keys may have rotated. Fetch again, at most every
    /// <see cref="MinimumRefreshInterval"/>; returns the refresh to wait for, or null when none was started.</summary>
    public async Task<OpenIdConnectConfiguration?> RefreshForUnknownKeyAsync(CancellationToken cancellationToken)
    {
        Task<OpenIdConnectConfiguration?>? refresh;
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            if (_current is null || now - _fetchedAt < MinimumRefreshInterval) return null;
            refresh = StartRefresh(now);
        }
        if (refresh is null) return null;
        try
        {
            return await refresh.WaitAsync(_options.MetadataWait, _time, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return null;
        }
    }

    /// <summary>The running refresh, a new one, or null while backing off. Called under the lock.</summary>
    private Task<OpenIdConnectConfiguration?>? StartRefresh(DateTimeOffset now)
    {
        if (_refresh is { IsCompleted: false } running) return running;
        if (now < _nextAttempt) return null;
        Fetches++;
        return _refresh = Task.Run(FetchAsync);
    }

    private async Task<OpenIdConnectConfiguration?> FetchAsync()
    {
        using var timeout = new CancellationTokenSource(_options.MetadataFetchTimeout, _time);
        try
        {
            var configuration = await OpenIdConnectConfigurationRetriever.GetAsync(_options.OpenIdMetadataUrl, _documents, timeout.Token).ConfigureAwait(false);
            int failedBefore;
            lock (_gate)
            {
                _current = configuration;
                _fetchedAt = _time.GetUtcNow();
                failedBefore = _failures;
                _failures = 0;
                _nextAttempt = DateTimeOffset.MinValue;
            }
            if (failedBefore > 0) _logger.LogWarning("Bot Framework OpenID metadata fetched after {Failures} failed attempts", failedBefore);
            return configuration;
        }
        catch (Exception exception)
        {
            TimeSpan delay;
            bool haveKeys;
            lock (_gate)
            {
                _failures++;
                delay = TimeSpan.FromTicks(Math.Min(MaxBackOff.Ticks, FirstBackOff.Ticks << Math.Min(_failures - 1, 16)));
                _nextAttempt = _time.GetUtcNow() + delay;
                haveKeys = _current is not null;
            }
            // One line per failed attempt, no stack trace: the cause is the network or the server, not our code.
            _logger.LogWarning("Bot Framework OpenID metadata could not be fetched from {Host}: {Reason}. {Consequence}; next attempt in {Delay} s",
                Host(_options.OpenIdMetadataUrl), Describe(exception, timeout.IsCancellationRequested),
                haveKeys ? "Keeping the keys already known" : "Teams activities are answered 503 until it works", (int)delay.TotalSeconds);
            return null;
        }
    }

    private string Describe(Exception exception, bool timedOut)
    {
        if (timedOut) return $"no answer within {_options.MetadataFetchTimeout.TotalSeconds:0.#} s";
        for (var e = exception; e is not null; e = e.InnerException)
            if (e is HttpRequestException network)
            {
                var message = network.Message.ReplaceLineEndings(" ");
                return message.Length <= 200 ? message : message[..200] + "…";
            }
        // Our retriever's own messages are one short line; the library's parser hides its details (PII redaction).
        return exception is IOException or ArgumentException ? exception.Message : $"an unreadable document ({exception.GetType().Name})";
    }

    private static string Host(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Authority : url;
}
