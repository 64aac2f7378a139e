using System.CommandLine;
using Microsoft.Extensions.Logging.Abstractions;
using TriageBot.Cli;
using TriageBot.Dialogs.Messages;

namespace TriageBot.Chat;

/// <summary><c>triagebot chat [--as MEMBER]</c>: talk to TriageBot in the terminal, on the real database.</summary>
public static class ChatCommand
{
    public static Command Create(CliContext cli, TextReader input)
    {
        var window = new Option<int>("--paste-window-ms") { Description = "Lines arriving within this pause form one message", DefaultValueFactory = _ => 150, Hidden = true };
        var command = new Command("chat", "Talk to TriageBot in the terminal: paste requests, run commands, press card buttons by number") { window };
        command.SetAction((parse, ct) => cli.WithCasesAsync(async cases =>
        {
            var pager = cases.CreatePager(cli.Settings, [new TerminalPageChannel(cli.Output)], cli.Time, NullLogger<TriageBot.Dialogs.Paging.EscalationService>.Instance);
            var bot = cases.CreateBot(cli.Settings, pager, cli.Time);
            await bot.SweepAsync(ct);
            var user = new UserIdentity("chat", CliContext.Actor(parse));
            var chat = new LocalChat(bot.HandleAsync, user, input, cli.Output, TimeSpan.FromMilliseconds(Math.Max(10, parse.GetValue(window))));
            await chat.RunAsync(ct);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
