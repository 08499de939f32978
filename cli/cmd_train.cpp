// `claimgraph train`: trains the syntax model (tagger, lemmatizer, parser) from UD treebanks and
// writes it atomically. The work is extract::train_model; this file only maps flags.
#include "cli/commands.hpp"

#include <chrono>

#include <spdlog/spdlog.h>

#include "common/error.hpp"
#include "extract/model.hpp"
#include "extract/train.hpp"

namespace claimgraph::cli {

void add_train_command(CLI::App& app, GlobalOptions& global, int& status) {
    auto opts = std::make_shared<extract::TrainOptions>();
    auto output = std::make_shared<std::string>("data/en.model");
    auto epochs = std::make_shared<int>(0);
    CLI::App* cmd = app.add_subcommand(
        "train", "Train the tagger, lemmatizer and parser on a CoNLL-U treebank (UD English EWT)");
    cmd->add_option("--train", opts->train_path, "Training treebank (CoNLL-U)")
        ->required()
        ->check(CLI::ExistingFile);
    cmd->add_option("--dev", opts->dev_path,
                    "Development treebank (CoNLL-U); picks the best epoch of each model")
        ->check(CLI::ExistingFile);
    cmd->add_option("-o,--output", *output, "Where to write the model")->capture_default_str();
    cmd->add_option("--epochs", *epochs,
                    "Epochs for both tagger and parser (overrides the two options below)");
    cmd->add_option("--tagger-epochs", opts->tagger_epochs, "Tagger training epochs")
        ->capture_default_str()
        ->check(CLI::Range(1, 100));
    cmd->add_option("--parser-epochs", opts->parser_epochs, "Parser training epochs")
        ->capture_default_str()
        ->check(CLI::Range(1, 100));
    cmd->add_option("--seed", opts->seed, "Random seed (shuffling, exploration)")
        ->capture_default_str();
    cmd->add_option("--jackknife", opts->jackknife_folds,
                    "Folds for training the parser on predicted tags (0: gold tags)")
        ->capture_default_str()
        ->check(CLI::Range(0, 20));
    cmd->add_option("--prune", opts->prune,
                    "Drop averaged parser weights below this magnitude (smaller model)")
        ->capture_default_str()
        ->check(CLI::Range(0.0, 1000.0));
    cmd->add_option("--max-parser-mb", opts->parser_max_mb,
                    "Prune the parser's smallest weights until they fit in this many MB (0: "
                    "no limit)")
        ->capture_default_str()
        ->check(CLI::Range(0.0, 10000.0));
    cmd->callback([opts, output, epochs, &status]() {
        if (*epochs > 0) {
            if (*epochs > 100) throw claimgraph::ConfigError("--epochs must be between 1 and 100");
            opts->tagger_epochs = *epochs;
            opts->parser_epochs = *epochs;
        }
        auto t0 = std::chrono::steady_clock::now();
        extract::Model model = extract::train_model(*opts);
        extract::save_model(model, *output);
        double secs =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        spdlog::info("wrote {} ({:.1f}s)", *output, secs);
        status = 0;
    });
    (void)global;
}

}  // namespace claimgraph::cli
