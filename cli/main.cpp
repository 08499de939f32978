// claimgraph: the command-line front end. Flags become option structs, the libraries do the
// work, and outcomes become exit codes: 0 ok, 1 nothing found, 2 usage, input or I/O error.
#include "cli/commands.hpp"
#include "common/error.hpp"
#include "common/file_io.hpp"

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <csignal>
#include <cstdlib>
#include <iostream>
#include <new>

namespace {

void on_signal(int sig) {
    claimgraph::remove_pending_temporaries();
    std::signal(sig, SIG_DFL);
    std::raise(sig);
}

}  // namespace

int main(int argc, char** argv) {
    std::signal(SIGINT, on_signal);
    std::signal(SIGTERM, on_signal);
    std::signal(SIGHUP, on_signal);

    auto logger = spdlog::stderr_color_mt("claimgraph");
    logger->set_pattern("claimgraph: %^%l%$: %v");
    spdlog::set_default_logger(logger);
    spdlog::set_level(spdlog::level::info);

    using namespace claimgraph::cli;
    CLI::App app{"claimgraph: turns English articles into knowledge graphs of actors and the "
                 "relations the text claims between them.\n\nExit status: 0 success, 1 a query "
                 "found nothing, 2 usage, input or I/O error."};
    app.set_version_flag("--version", std::string("claimgraph ") + CLAIMGRAPH_VERSION);
    app.require_subcommand(1);
    app.fallthrough();
    GlobalOptions global;
    app.add_flag("-v,--verbose", global.verbose, "More messages on stderr (repeat for more)");
    app.add_flag("-q,--quiet", global.quiet, "Only errors on stderr");
    app.add_option("--model", global.model, "Syntax model file (default: the shipped en.model)");
    app.add_option("--ontology", global.ontology,
                   "Ontology JSON file (default: the shipped ontology.json)");

    int status = 0;
    add_build_command(app, global, status);
    add_merge_command(app, global, status);
    add_convert_command(app, global, status);
    add_stats_command(app, global, status);
    add_query_command(app, global, status);
    add_render_command(app, global, status);
    add_parse_command(app, global, status);
    add_openie_command(app, global, status);
    add_train_command(app, global, status);

    app.parse_complete_callback([&] {
        if (global.quiet) spdlog::set_level(spdlog::level::err);
        else if (global.verbose >= 2) spdlog::set_level(spdlog::level::trace);
        else if (global.verbose == 1) spdlog::set_level(spdlog::level::debug);
    });

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        app.exit(e);
        return 2;
    } catch (const claimgraph::Error& e) {
        spdlog::error("{}", e.what());
        return 2;
    } catch (const std::bad_alloc&) {
        spdlog::error("out of memory; try a smaller input or raise the memory limit");
        return 2;
    } catch (const std::exception& e) {
        spdlog::error("internal error: {}; please report this with the input that caused it",
                      e.what());
        return 2;
    }
    std::cout.flush();
    return status;
}
