#include "extract/train.hpp"

#include <chrono>
#include <sstream>

#include <spdlog/spdlog.h>

#include "common/error.hpp"

namespace claimgraph::extract {

namespace {

TagPairs gold_tags(const std::vector<ConlluSentence>& sents) {
    TagPairs out(sents.size());
    for (std::size_t s = 0; s < sents.size(); ++s) {
        for (const auto& w : sents[s].words) out[s].emplace_back(w.upos, w.xpos);
    }
    return out;
}

TagPairs predicted_tags(const TaggerModel& tagger, const std::vector<ConlluSentence>& sents) {
    TagPairs out(sents.size());
    std::vector<std::string_view> forms;
    std::vector<uint16_t> tags;
    for (std::size_t s = 0; s < sents.size(); ++s) {
        forms.clear();
        for (const auto& w : sents[s].words) forms.push_back(w.form);
        tagger.tag(forms, tags);
        for (uint16_t t : tags) out[s].emplace_back(tagger.upos(t), tagger.xpos(t));
    }
    return out;
}

std::string universal(const std::string& rel) { return rel.substr(0, rel.find(':')); }

double seconds_since(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

}  // namespace

Model train_model(const TrainOptions& options) {
    auto t0 = std::chrono::steady_clock::now();
    std::vector<ConlluSentence> train = read_conllu(options.train_path);
    std::vector<ConlluSentence> dev;
    if (!options.dev_path.empty()) dev = read_conllu(options.dev_path);
    if (train.empty()) throw InputError(options.train_path + ": no sentences to train on");
    std::size_t words = 0;
    for (const auto& s : train) words += s.words.size();
    spdlog::info("training on {} sentences ({} words) from {}; dev: {} sentences", train.size(),
                 words, options.train_path, dev.size());

    Model model;
    TaggerTrainOptions topts;
    topts.epochs = options.tagger_epochs;
    topts.seed = options.seed;
    model.tagger = train_tagger(train, dev, topts);
    spdlog::info("tagger trained ({:.1f}s)", seconds_since(t0));

    model.lemmatizer = train_lemmatizer(train);
    spdlog::info("lemmatizer: {} exceptions, {} suffix rules", model.lemmatizer.num_exceptions(),
                 model.lemmatizer.num_rules());

    // The parser should see the kind of tags it will get at run time: predicted ones.
    TagPairs train_tags;
    int folds = options.jackknife_folds;
    if (folds >= 2) {
        train_tags.resize(train.size());
        for (int f = 0; f < folds; ++f) {
            std::vector<ConlluSentence> rest;
            std::vector<std::size_t> held;
            for (std::size_t s = 0; s < train.size(); ++s) {
                // Contiguous blocks: documents stay whole, so held-out tags are as good as on
                // unseen text (interleaved folds share documents and look too easy).
                if (static_cast<int>(s * folds / train.size()) == f) held.push_back(s);
                else rest.push_back(train[s]);
            }
            TaggerTrainOptions fo = topts;
            fo.log = false;
            TaggerModel fold_tagger = train_tagger(rest, dev, fo);
            std::vector<ConlluSentence> held_sents;
            for (std::size_t s : held) held_sents.push_back(train[s]);
            TagPairs pred = predicted_tags(fold_tagger, held_sents);
            std::size_t right = 0, total = 0;
            for (std::size_t k = 0; k < held.size(); ++k) {
                for (std::size_t i = 0; i < pred[k].size(); ++i) {
                    ++total;
                    right += pred[k][i].first == held_sents[k].words[i].upos;
                }
                train_tags[held[k]] = std::move(pred[k]);
            }
            spdlog::info("jackknife fold {}/{}: UPOS {:.2f}% on held-out part ({:.1f}s)", f + 1,
                         folds, total ? 100.0 * right / total : 0.0, seconds_since(t0));
        }
    } else {
        train_tags = gold_tags(train);
    }
    TagPairs dev_tags = predicted_tags(model.tagger, dev);
    ParserTrainOptions popts;
    popts.epochs = options.parser_epochs;
    popts.seed = options.seed;
    popts.prune = options.prune;
    model.parser = train_parser(train, train_tags, dev, dev_tags, popts);
    spdlog::info("parser trained ({:.1f}s)", seconds_since(t0));
    if (options.parser_max_mb > 0) {
        std::size_t before = model.parser.weights().num_entries();
        int threshold =
            model.parser.shrink_to(static_cast<std::size_t>(options.parser_max_mb * 1e6));
        spdlog::info("parser weights pruned below {} (quantized units): {} -> {} weights, {} "
                     "features",
                     threshold, before, model.parser.weights().num_entries(),
                     model.parser.weights().num_features());
    }

    std::ostringstream info;
    info << "claimgraph syntax model; trained on " << options.train_path << " (" << train.size()
         << " sentences), dev " << (options.dev_path.empty() ? "-" : options.dev_path)
         << "; seed " << options.seed << ", tagger epochs " << options.tagger_epochs
         << ", parser epochs " << options.parser_epochs << ", jackknife folds " << folds;
    if (!dev.empty()) {
        Evaluation e = evaluate(dev, annotate(model, dev));
        spdlog::info("dev: UPOS {:.2f}  XPOS {:.2f}  lemma {:.2f}  UAS {:.2f}  LAS {:.2f}",
                     e.upos, e.xpos, e.lemma, e.uas, e.las);
        char buf[200];
        std::snprintf(buf, sizeof buf,
                      "; dev UPOS %.2f XPOS %.2f lemma %.2f UAS %.2f LAS %.2f", e.upos, e.xpos,
                      e.lemma, e.uas, e.las);
        info << buf;
    }
    model.info = info.str();
    spdlog::info("training done in {:.1f}s", seconds_since(t0));
    return model;
}

std::vector<ConlluSentence> annotate(const Model& model,
                                     const std::vector<ConlluSentence>& sentences) {
    std::vector<ConlluSentence> out = sentences;
    Document doc = document_from_conllu(out);
    Tagger(std::shared_ptr<const TaggerModel>(std::shared_ptr<const Model>(), &model.tagger))
        .process(doc);
    Lemmatizer(
        std::shared_ptr<const LemmatizerModel>(std::shared_ptr<const Model>(), &model.lemmatizer))
        .process(doc);
    Parser(std::shared_ptr<const ParserModel>(std::shared_ptr<const Model>(), &model.parser))
        .process(doc);
    annotate_conllu(doc, out);
    return out;
}

Evaluation evaluate(const std::vector<ConlluSentence>& gold,
                    const std::vector<ConlluSentence>& predicted) {
    if (gold.size() != predicted.size()) {
        throw InputError("evaluation: gold has " + std::to_string(gold.size()) +
                         " sentences, prediction " + std::to_string(predicted.size()));
    }
    Evaluation e;
    std::size_t upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0, lasu = 0;
    for (std::size_t s = 0; s < gold.size(); ++s) {
        const auto& g = gold[s].words;
        const auto& p = predicted[s].words;
        if (g.size() != p.size()) {
            throw InputError("evaluation: sentence " + std::to_string(s + 1) +
                             " (line " + std::to_string(gold[s].first_line) + ") has " +
                             std::to_string(g.size()) + " gold words but " +
                             std::to_string(p.size()) + " predicted");
        }
        for (std::size_t i = 0; i < g.size(); ++i) {
            ++e.words;
            upos += g[i].upos == p[i].upos;
            xpos += g[i].xpos == p[i].xpos;
            lemma += g[i].lemma == p[i].lemma;
            if (g[i].head == p[i].head) {
                ++uas;
                las += g[i].deprel == p[i].deprel;
                lasu += universal(g[i].deprel) == universal(p[i].deprel);
            }
        }
    }
    auto pct = [&](std::size_t k) { return e.words ? 100.0 * k / e.words : 0.0; };
    e.upos = pct(upos);
    e.xpos = pct(xpos);
    e.lemma = pct(lemma);
    e.uas = pct(uas);
    e.las = pct(las);
    e.las_universal = pct(lasu);
    return e;
}

}  // namespace claimgraph::extract
