using System.Security.Cryptography;
using System.Text.Json;
using TriageBot.Cli;
using TriageBot.Triage.Learning;
using TriageBot.Triage.Model;

namespace TriageBot.Tests;

/// <summary><c>triagebot train-type-model</c>: trains on the labelled sets, writes the model and its manifest, the
/// same bytes each time; the model it writes tells the types apart in words it was not trained on.</summary>
[Collection(nameof(RealisticSamplesTests))]
public class TrainTypeModelTests(TrainTypeModelTests.Trained trained) : IClassFixture<TrainTypeModelTests.Trained>, IDisposable
{
    /// <summary>One training run shared by the tests (a run takes seconds on an idle machine).</summary>
    public sealed class Trained : IAsyncLifetime
    {
        public string Folder { get; } = Directory.CreateTempSubdirectory("triagebot-model-").FullName;
        public string Path { get; private set; } = "";

        public async Task InitializeAsync() => Path = await TrainAsync(Folder, "model.tsv.gz");

        public Task DisposeAsync()
        {
            Directory.Delete(Folder, recursive: true);
            return Task.CompletedTask;
        }
    }

    private readonly string _folder = Directory.CreateTempSubdirectory("triagebot-model-").FullName;

    private static string[] Sets => [.. TrainTypeModelCommand.DefaultSets.Select(s => Path.Combine(RepositoryPaths.Root, s))];

    private static async Task<string> TrainAsync(string folder, string name)
    {
        var path = Path.Combine(folder, name);
        var run = await CommandLineRun.RunWithAsync(Path.Combine(RepositoryPaths.Root, "appsettings.json"), null,
            ["train-type-model", .. Sets, "--out", path]);
        Assert.True(run.ExitCode == 0, run.Error);
        return path;
    }

    // Written for this test, short requests in wording none of the labelled ones uses.
    public static TheoryData<string, string> OtherWording => new()
    {
        { "subpoena", """
            Lakeshore County District Attorney's Office, Investigations Unit
            Re: People v. unknown, matter 26-4471

            Enclosed please find a subpoena duces tecum issued under the authority of the grand jury. The custodian of
            records is directed to furnish the name, postal address and login IP history of the member lakeshore_runner
            for January through March 2026 on or before the return date shown. Content of communications is not sought.

            Investigator T. Amadi, (555) 010-4471
            """ },
        { "emergency", """
            URGENT - EMERGENCY DISCLOSURE REQUEST - IMMINENT DANGER

            A sixteen-year-old girl wrote on your service an hour ago that she will take her own life tonight. Patrol
            officers went to her last known address and could not find her. Without legal process, under 18 U.S.C.
            2702(c)(4), we ask for the last login IP and location of the account lakeshore_runner so we can reach her
            in time. There is no time to obtain a court order.

            Sgt. P. Novak, Lakeshore Police Department, 24-hour line (555) 010-9000
            """ },
        { "preservation", """
            Lakeshore Police Department - Cyber Crimes Unit

            Pursuant to 18 U.S.C. 2703(f), please preserve all records and stored contents associated with the account
            lakeshore_runner for a period of 90 days pending the issuance of legal process. Please do not disclose the
            records until you receive that process, and do not notify the account holder.

            Det. A. Ruiz, (555) 010-2211
            """ },
        { "search_warrant", """
            SUPERIOR COURT OF LAKESHORE COUNTY

            A judge of this court, having found probable cause on the sworn affidavit of Detective A. Ruiz, authorizes
            the search of the account lakeshore_runner held by the provider and the seizure of its stored messages,
            photos and drafts from 1 January 2026 to the present. The provider shall deliver the records within ten days.

            Signed: Hon. M. Okafor, Judge of the Superior Court
            """ },
        { "international", """
            Staatsanwaltschaft Köln
            Aktenzeichen 121 Js 4471/26

            In dem Ermittlungsverfahren wegen Betruges bitten wir um Auskunft über die Bestandsdaten und die
            IP-Adressen der Anmeldungen des Nutzerkontos lakeshore_runner im Zeitraum vom 1. Januar bis 31. März 2026.
            Die Auskunft wird auf Grundlage der Strafprozessordnung erbeten.

            Mit freundlichen Grüßen, Oberstaatsanwältin K. Brandt
            """ },
    };

    [Theory]
    [MemberData(nameof(OtherWording))]
    public async Task A_freshly_trained_model_separates_clear_examples_in_other_wording(string type, string text)
    {
        await using var file = File.OpenRead(trained.Path);
        var model = TypeModel.Load(file);

        var prediction = model.Predict(RequestDocument.FromText(text));

        Assert.True(prediction.Type == type,
            $"expected {type} ({prediction.Probabilities[type]:0.00}), model said {prediction.Type} ({prediction.Probability:0.00}) from: {string.Join(", ", prediction.Evidence.Select(e => e.Text))}");
        Assert.NotEmpty(prediction.Evidence);
        Assert.All(prediction.Evidence, e => Assert.Equal(e.Text, text.Substring(e.Offset, e.Length)));
    }

    [Fact]
    public async Task Training_twice_writes_the_same_model_and_a_manifest_that_names_it()
    {
        var first = trained.Path;
        var second = await TrainAsync(_folder, "again.tsv.gz");

        Assert.Equal(await File.ReadAllBytesAsync(first), await File.ReadAllBytesAsync(second));
        using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(TrainTypeModelCommand.ManifestPathFor(first)));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(first))), manifest.RootElement.GetProperty("sha256").GetString());
        Assert.Equal(TrainTypeModelCommand.DefaultSets.Count, manifest.RootElement.GetProperty("sets").GetArrayLength());
    }

    [Fact]
    public async Task A_folder_without_labels_is_refused_with_a_clear_error()
    {
        var run = await CommandLineRun.RunWithAsync(Path.Combine(RepositoryPaths.Root, "appsettings.json"), null,
            "train-type-model", _folder, "--out", Path.Combine(_folder, "m.tsv.gz"));

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("no labels.json", run.Error);
        Assert.False(File.Exists(Path.Combine(_folder, "m.tsv.gz")));
    }

    [Fact]
    public async Task Eval_refuses_a_type_model_file_that_is_not_one()
    {
        var notAModel = Path.Combine(_folder, "notes.tsv.gz");
        await File.WriteAllTextAsync(notAModel, "just some notes");

        var run = await CommandLineRun.RunWithAsync(Path.Combine(RepositoryPaths.Root, "appsettings.json"), null,
            "eval", RepositoryPaths.Samples, "--type-model", notAModel);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("not a process-type model", run.Error);
    }

    [Fact]
    public async Task Eval_with_a_freshly_trained_model_or_the_cues_alone_reads_every_sample()
    {
        var withModel = await CommandLineRun.RunWithAsync(Path.Combine(RepositoryPaths.Root, "appsettings.json"), null,
            "eval", RepositoryPaths.Samples, "--type-model", trained.Path, "--strict");
        var cuesOnly = await CommandLineRun.RunWithAsync(Path.Combine(RepositoryPaths.Root, "appsettings.json"), null,
            "eval", RepositoryPaths.Samples, "--cues-only", "--strict");

        Assert.True(withModel.ExitCode == 0, withModel.Output + withModel.Error);
        Assert.True(cuesOnly.ExitCode == 0, cuesOnly.Output + cuesOnly.Error);
    }

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
        GC.SuppressFinalize(this);
    }
}
