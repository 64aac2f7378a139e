using System.CommandLine;
using TriageBot.Dialogs.Paging;
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
        // Pages go to the terminal: the person at it is the only one this process can reach.
        command.SetAction((parse, ct) => cli.WithCasesAsync(services => services.AddSingleton<IPageChannel>(new TerminalPageChannel(cli.Output)), async cases =>
        {
            var bot = cases.Bot;
            await bot.SweepAsync(ct);
            var user = new UserIdentity("chat", CliContext.Actor(parse));
            var chat = new LocalChat(bot.HandleAsync, user, input, cli.Output, TimeSpan.FromMilliseconds(Math.Max(10, parse.GetValue(window))), cli.Settings.Limits.MaxBytes);
            await chat.RunAsync(ct);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
