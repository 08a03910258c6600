using System.CommandLine;
using Sitrep.News.Resources;
using Sitrep.News.ResourceBuilding;

namespace Sitrep.Cli.Commands;

/// <summary>`sitrep resources build`: regenerates resources/ (gazetteer, actor base, word lists) from the public data.</summary>
public static class ResourcesCommand
{
    public static Command Create()
    {
        var data = new Option<DirectoryInfo>("--data") { Description = "The public data folder (GeoNames, PETRARCH2, UD EWT), e.g. ../shared/data", Required = true };
        var output = new Option<DirectoryInfo>("--out") { Description = "Where to write the converted resources", DefaultValueFactory = _ => new DirectoryInfo("resources") };
        var build = new Command("build", "Convert the gazetteer, actor dictionaries and word lists into resources/") { data, output };
        build.SetAction(parse =>
        {
            foreach (var line in ResourceBuilder.Build(parse.GetValue(data)!.FullName, parse.GetValue(output)!.FullName))
                Console.WriteLine(line);
            return 0;
        });
        return new Command("resources", "Maintain Sitrep's converted resources (run by maintainers, not at analysis time)") { build };
    }
}
