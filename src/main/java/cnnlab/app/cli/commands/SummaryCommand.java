package cnnlab.app.cli.commands;

import cnnlab.app.cli.Command;
import cnnlab.app.cli.ExitCodes;
import cnnlab.app.cli.NetworkFiles;
import cnnlab.app.cli.OptionSpec;
import cnnlab.app.cli.ParsedArgs;
import cnnlab.app.cli.SummaryText;
import cnnlab.app.cli.UsageException;
import cnnlab.engine.EngineException;
import cnnlab.engine.Network;
import cnnlab.engine.NetworkSummary;
import java.io.PrintStream;
import java.util.List;

/** {@code cnn-lab summary}: the model summary of a network file, computed by the engine's {@link Network}. */
public final class SummaryCommand implements Command {

    @Override
    public String name() {
        return "summary";
    }

    @Override
    public String summary() {
        return "Print the output shape, parameters and receptive field of every layer of a network.";
    }

    @Override
    public String usage() {
        return "summary --network NET.json [--json]";
    }

    @Override
    public String details() {
        return """
                NET.json describes a sequential network, for example:
                  {"input": [1, 28, 28],
                   "layers": [{"type": "conv", "filters": 32, "kernel": 3},
                              {"type": "relu"},
                              {"type": "maxpool", "size": 2},
                              {"type": "flatten"},
                              {"type": "dense", "units": 10},
                              {"type": "softmax"}]}
                Layer types: conv (filters, kernel as k or [kh, kw], stride 1, padding 0 / "valid" /
                "same", dilation 1, bias true), maxpool and avgpool (size, stride = size, padding 0),
                relu, flatten, dense (units, bias true), dropout (rate), softmax. Any layer may have a
                "name". Conv parameters are (kh*kw*C_in + 1)*C_out, dense (in + 1)*out.
                RF is how many input cells one output cell sees; jump is how many input cells
                apart neighbouring output cells look.
                """;
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                OptionSpec.value("network", "NET.json", "The network file."),
                OptionSpec.flag("json", "Print {\"layers\":[...],\"totalParams\":N} instead of a table."));
    }

    @Override
    public int run(ParsedArgs args, PrintStream out, PrintStream err) throws UsageException {
        args.requirePositionalCount(0, 0);
        String file = args.requiredValue("network");
        Network network = NetworkFiles.read(file);
        NetworkSummary summary;
        try {
            summary = network.summarize();
        } catch (EngineException e) {
            throw UsageException.inInput(file + ": " + e.getMessage());
        }
        out.print(args.flag("json") ? SummaryText.json(summary) + "\n" : SummaryText.table(summary));
        return ExitCodes.OK;
    }
}
