namespace TriageBot.Channels;

/// <summary>What the dispatcher knows of a pending turn without reading its payload: its place in the order, its
/// conversation (channel and key), and when it may next run.</summary>
internal sealed record PendingTurn(long Id, string Conversation, DateTime NextAttemptAt, int Attempts);
