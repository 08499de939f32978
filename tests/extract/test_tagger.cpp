#include <catch2/catch.hpp>

#include <string>
#include <thread>
#include <vector>

#include "article_documents.hpp"
#include "extract/model.hpp"

using namespace claimgraph::extract;

namespace {

std::shared_ptr<const Model> shipped() {
    static const auto model = load_model(std::string(CLAIMGRAPH_SOURCE_DATA_DIR) + "/en.model");
    return model;
}

// A document whose sentences are the given space-separated token lists.
Document make_doc(const std::vector<std::string>& sentences) {
    Document doc;
    for (const auto& s : sentences) {
        Sentence sent;
        sent.first_token = static_cast<uint32_t>(doc.tokens.size());
        sent.start = static_cast<uint32_t>(doc.text.size());
        std::size_t p = 0;
        while (p < s.size()) {
            std::size_t q = s.find(' ', p);
            if (q == std::string::npos) q = s.size();
            if (q > p) {
                Token t;
                t.form = s.substr(p, q - p);
                t.start = static_cast<uint32_t>(sent.start + p);
                t.end = static_cast<uint32_t>(sent.start + q);
                doc.tokens.push_back(t);
            }
            p = q + 1;
        }
        doc.text += s + "\n";
        sent.end = static_cast<uint32_t>(doc.text.size() - 1);
        sent.end_token = static_cast<uint32_t>(doc.tokens.size());
        doc.sentences.push_back(sent);
    }
    doc.layers = kTokens | kSentences;
    return doc;
}

void run_all(Document& doc) {
    for (const auto& c : make_syntax_components(shipped())) c->process(doc);
}

// "form/UPOS/XPOS" of each token of one sentence, tagged with or without the lemma lexicon.
std::vector<std::string> tags(std::shared_ptr<const LemmaLexicon> lexicon, const std::string& sentence) {
    Document doc = make_doc({sentence});
    for (const auto& c : make_syntax_components(shipped(), lexicon)) c->process(doc);
    std::vector<std::string> out;
    for (const auto& t : doc.tokens) out.push_back(t.form + "/" + t.upos + "/" + t.xpos);
    return out;
}

}  // namespace

TEST_CASE("tagger tags a plain sentence", "[extract][tagger]") {
    Document doc = make_doc({"The committee approved the budget ."});
    run_all(doc);
    std::vector<std::string> upos, xpos, lemma;
    for (const auto& t : doc.tokens) {
        upos.push_back(t.upos);
        xpos.push_back(t.xpos);
        lemma.push_back(t.lemma);
    }
    CHECK(upos == std::vector<std::string>{"DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"});
    CHECK(xpos == std::vector<std::string>{"DT", "NN", "VBD", "DT", "NN", "."});
    CHECK(lemma == std::vector<std::string>{"the", "committee", "approve", "the", "budget", "."});
    CHECK((doc.layers & (kTags | kLemmas | kParse)) == (kTags | kLemmas | kParse));
}

TEST_CASE("lemmatizer handles irregular and unseen words", "[extract][tagger]") {
    const LemmatizerModel& lem = shipped()->lemmatizer;
    CHECK(lem.lemmatize("was", "VBD") == "be");
    CHECK(lem.lemmatize("children", "NNS") == "child");
    CHECK(lem.lemmatize("Went", "VBD") == "go");
    CHECK(lem.lemmatize("blorfed", "VBD") == "blorf");
    CHECK(lem.lemmatize("zibbles", "NNS") == "zibble");
    CHECK(lem.lemmatize("Zaman", "NNP") == "Zaman");
    // An unseen singular name ending like a participle keeps all its letters.
    CHECK(lem.lemmatize("Stirling", "NNP") == "Stirling");
    CHECK(lem.lemmatize("Ealing", "NNP") == "Ealing");
    // A name the treebank shows with another lemma keeps that one.
    CHECK(lem.lemmatize("Sept.", "NNP") == "September");
}

TEST_CASE("tagger survives empty, one-token and odd Unicode sentences", "[extract][tagger]") {
    Document doc = make_doc({"", "Hello", "\xF0\x9F\x98\x80 \xE2\x80\x8B caf\xC3\xA9 \xFF \xE4\xB8\xAD"});
    doc.sentences.push_back(Sentence{});  // empty sentence at token 0
    run_all(doc);
    REQUIRE(doc.tokens.size() == 6);
    for (const auto& t : doc.tokens) {
        CHECK(!t.upos.empty());
        CHECK(!t.xpos.empty());
        CHECK(!t.deprel.empty());
    }
    CHECK(doc.tokens[0].head == -1);
    CHECK(doc.tokens[0].deprel == "root");
}

TEST_CASE("tagger gives the same answers from several threads", "[extract][tagger]") {
    std::vector<std::string> text(50, "Officials said the new school would open in September .");
    Document reference = make_doc(text);
    run_all(reference);
    std::vector<Document> docs(4, make_doc(text));
    std::vector<std::thread> threads;
    for (auto& d : docs) threads.emplace_back([&d] { run_all(d); });
    for (auto& t : threads) t.join();
    for (const auto& d : docs) {
        for (std::size_t i = 0; i < d.tokens.size(); ++i) {
            CHECK(d.tokens[i].xpos == reference.tokens[i].xpos);
            CHECK(d.tokens[i].head == reference.tokens[i].head);
        }
    }
}

TEST_CASE("the lemma lexicon overrules open-class tags a word cannot have", "[extract][tagger]") {
    const std::string s = "The largest investor , the pension group Alder Partners , owns half "
                          "of the firm .";
    // The model alone takes "owns" for a plural noun; WordNet has no noun "own".
    auto bare = tags(nullptr, s);
    auto checked = tags(shipped_lemma_lexicon(), s);
    CHECK(bare[10] == "owns/NOUN/NNS");
    CHECK(checked[10] == "owns/VERB/VBZ");
    // Words the lexicon allows keep the model's tag; names are never second-guessed.
    for (std::size_t i = 0; i < bare.size(); ++i) {
        if (i != 10) CHECK(bare[i] == checked[i]);
    }
    auto verbs = tags(shipped_lemma_lexicon(), "The new rules broaden access and cultivate talent .");
    CHECK(verbs[3] == "broaden/VERB/VBP");
    CHECK(verbs[6] == "cultivate/VERB/VB");
}

TEST_CASE("a plural noun between an adverb or comma and 'to' + verb is the clause's verb",
          "[extract][tagger]") {
    auto tags = [](std::shared_ptr<const LemmaLexicon> lexicon, const std::string& sentence) {
        Document doc = make_doc({sentence});
        for (const auto& c : make_syntax_components(shipped(), lexicon)) c->process(doc);
        std::vector<std::string> out;
        for (const auto& t : doc.tokens) out.push_back(t.form + "/" + t.xpos);
        return out;
    };
    const std::string adverb = "The company also plans to hire 300 drivers .";
    const std::string comma = "The Serum Institute , which makes the vaccine , plans to produce "
                              "doses .";
    // The model alone takes "plans" for a noun in both.
    CHECK(tags(nullptr, adverb)[3] == "plans/NNS");
    CHECK(tags(nullptr, comma)[9] == "plans/NNS");
    CHECK(tags(shipped_lemma_lexicon(), adverb)[3] == "plans/VBZ");
    CHECK(tags(shipped_lemma_lexicon(), comma)[9] == "plans/VBZ");
    // A determiner or a modifier keeps the noun.
    CHECK(tags(shipped_lemma_lexicon(), "Its new plans to hire drivers were dropped .")[2] ==
          "plans/NNS");
}

// "form/TAG" per token of `sentence` through the shipped tagger, lexicon and tag rules.
static std::vector<std::string> shipped_tags(const std::string& sentence,
                                             std::string Token::*tag) {
    Document doc = make_doc({sentence});
    for (const auto& c : make_syntax_components(shipped(), shipped_lemma_lexicon())) {
        c->process(doc);
    }
    std::vector<std::string> out;
    for (const auto& t : doc.tokens) out.push_back(t.form + "/" + t.*tag);
    return out;
}

TEST_CASE("a plural noun after 'the' + a singular noun that open a clause is its verb",
          "[extract][tagger]") {
    auto tags = [](const std::string& sentence) { return shipped_tags(sentence, &Token::xpos); };
    CHECK(tags("The plan aims to make Riverside a logistics hub .")[2] == "aims/VBZ");
    CHECK(tags("Prices fell , and the company plans to hire drivers .")[6] == "plans/VBZ");
    // After a verb the same words are an object with its infinitive.
    CHECK(tags("They allow the USB ports to charge phones .")[4] == "ports/NNS");
    // After a reporting verb, whose clause has lost its "that".
    CHECK(tags("Okafor said the company plans to open an office .")[4] == "plans/VBZ");
    // After "and", and after a relative "which" or "who".
    CHECK(tags("Aldren will build a laboratory and plans to hire scientists .")[6] == "plans/VBZ");
    CHECK(tags("The Global Fund , which finances malaria programmes , welcomed the deal .")[5] ==
          "finances/VBZ");
}

TEST_CASE("a reporting verb's -s form after 'the' + a noun opening a clause, before 'that', is the verb",
          "[extract][tagger]") {
    auto tags = [](const std::string& sentence) { return shipped_tags(sentence, &Token::xpos); };
    CHECK(tags("In its latest study , the institute reports that costs fell .")[7] == "reports/VBZ");
    // After a verb the same words are its object, with a relative clause.
    CHECK(tags("The board approved the audit reports that the firm sent .")[5] == "reports/NNS");
}

TEST_CASE("after 'and' + a plural verb and 'to', a noun-or-verb word before a determiner is the infinitive",
          "[extract][tagger]") {
    auto tags = [](const std::string& sentence) { return shipped_tags(sentence, &Token::xpos); };
    const auto t = tags("Norvex has trained forty nurses and plans to license the method to clinics .");
    CHECK(t[6] == "plans/VBZ");
    CHECK(t[8] == "license/VB");
    // A preposition's object after "to" is left alone.
    CHECK(tags("They sold the licences and plans to the buyers .")[5] == "plans/NNS");
}

TEST_CASE("a word after a determiner and an adjective, before 'of' or a comma, is a noun",
          "[extract][tagger]") {
    auto tags = [](const std::string& sentence) { return shipped_tags(sentence, &Token::xpos); };
    CHECK(tags("Maria Okafor is the chief executive of Aldren .")[5] == "executive/NN");
    CHECK(tags("Aldren 's chief executive , Maria Okafor , said so .")[3] == "executive/NN");
}

TEST_CASE("a capitalized verb form between capitalized words is part of a name",
          "[extract][tagger]") {
    auto tags = [](const std::string& sentence) { return shipped_tags(sentence, &Token::upos); };
    auto name = tags("The scholarships are financed by the Harambee Learning Trust , a private "
                     "foundation .");
    CHECK(name[7] == "Learning/PROPN");
    // A title-case headline keeps its verbs; so does a verb next to one capitalized word.
    CHECK(tags("Ministry Of Health Starting Vaccine Trials In Malawi")[3] == "Starting/VERB");
    CHECK(tags("The ministry said Tuesday that Acme Building plans grew .")[7] != "plans/PROPN");
}

TEST_CASE("a word after a determiner and a noun, before a comma, heads the noun phrase",
          "[extract][tagger]") {
    auto tags = [](const std::string& sentence) { return shipped_tags(sentence, &Token::upos); };
    CHECK(tags("Its chief executive , Daniel Okoro , said so .")[2] == "executive/NOUN");
}

TEST_CASE("capitalized common nouns and adverbs in a run of capitalized words are a name",
          "[extract][tagger]") {
    auto tags = [](const std::string& sentence) { return shipped_tags(sentence, &Token::upos); };
    auto t = tags("The patient group Privacy First said it opposed the plan .");
    CHECK(t[3] == "Privacy/PROPN");
    CHECK(t[4] == "First/PROPN");
}

TEST_CASE("a plural noun taken for an adjective inside a name is a proper noun",
          "[extract][tagger]") {
    auto tags = [](const std::string& sentence) { return shipped_tags(sentence, &Token::upos); };
    auto t = tags("The Communications Standards Authority has fined the telecoms operator "
                  "Brightwave for failing to deliver the broadband it had promised .");
    CHECK(t[2] == "Standards/PROPN");
    // Adjectives of a name that are adjectives stay so (UD: "the Kurdistan Democratic Party").
    CHECK(tags("The radical Shiite Sadr movement issued a statement forbidding the "
               "participation of troops in the attack .")[2] == "Shiite/ADJ");
}

TEST_CASE("a noun-or-adverb word between 'a' + noun and a participle with 'by' is a noun",
          "[extract][tagger]") {
    auto tags = [](const std::string& sentence) { return shipped_tags(sentence, &Token::upos); };
    CHECK(tags("It raised money in a funding round led by Northgate Ventures .")[6] == "round/NOUN");
}

TEST_CASE("the word after a possessive ending is a noun, not a verb", "[extract][tagger]") {
    auto tags = [](const std::string& sentence) { return shipped_tags(sentence, &Token::upos); };
    CHECK(tags("The department , which sets teachers ' pay , rejected the idea .")[7] ==
          "pay/NOUN");
}

TEST_CASE("a noun-or-verb after 'and' in a clause whose modal took a verb is a verb",
          "[extract][tagger]") {
    auto tags = [](const std::string& sentence) { return shipped_tags(sentence, &Token::upos); };
    CHECK(tags("The government should pay an allowance and help schools form federations .")[7] ==
          "help/VERB");
}

TEST_CASE("capitalized common nouns become proper nouns only in a run that is a name",
          "[extract][tagger]") {
    auto tags = [](const std::string& sentence) { return shipped_tags(sentence, &Token::upos); };
    // The model's own proper noun in the run, an "of" after a name, or "the" + a description.
    auto a = tags("They said that the Rural Schools Alliance had welcomed the report .");
    CHECK(a[5] == "Schools/PROPN");
    auto b = tags("The report was commissioned by the Union of Rural Teachers .");
    CHECK(b[8] == "Rural/ADJ");
    CHECK(b[9] == "Teachers/PROPN");
    // Title case in mail and web text without any of these stays as the model has it.
    auto c = tags("Please send a draft Credit Support Annex today .");
    CHECK(c[4] == "Credit/NOUN");
    CHECK(c[6] == "Annex/NOUN");
}

TEST_CASE("after a possessive: not a closing quote, not be/have/do", "[extract][tagger]") {
    auto tags = [](const std::string& sentence) { return shipped_tags(sentence, &Token::upos); };
    auto a = tags("Hackney 's has a great burger .");
    CHECK(a[2] == "has/VERB");
    auto b = tags("the teachers ' pay rose .");
    CHECK(b[3] == "pay/NOUN");
}

TEST_CASE("a plural-noun form after a subject's relative clause or apposition set off by commas is "
          "the clause's verb",
          "[extract][tagger]") {
    auto tags = [](const std::string& sentence) { return shipped_tags(sentence, &Token::xpos); };
    CHECK(tags("The study , which was funded by the Leeds Trust , draws on records from 40 clinics .")[11] ==
          "draws/VBZ");
    CHECK(tags("The review , a summary of ten trials , draws on data from Kenya .")[9] == "draws/VBZ");
    // A list after the subject's comma is no parenthetical: no relative word, no determiner.
    CHECK(tags("The fruit , apples and pears , costs little .")[6] != "costs/NNS");
}

TEST_CASE("an adjective opening a sentence's quotation is no name, a possible noun may be one",
          "[extract][tagger]") {
    auto tags = [](const std::string& sentence) { return shipped_tags(sentence, &Token::upos); };
    CHECK(tags("\" Resistant bacteria kill thousands every year , \" she said .")[1] ==
          "Resistant/ADJ");
    CHECK(tags("\" Apple will open a store here , \" he said .")[1] == "Apple/PROPN");
}

TEST_CASE("the last 'adjective' of a noun phrase before a pronoun subject and its verb is a noun",
          "[extract][tagger]") {
    auto tags = [](const std::string& sentence) { return shipped_tags(sentence, &Token::upos); };
    CHECK(tags("The firm failed to deliver the rural broadband it had promised .")[7] ==
          "broadband/NOUN");
    // A superlative is no noun there: "the best I could do".
    CHECK(tags("It was the very best I could find .")[4] != "best/NOUN");
}

TEST_CASE("tagger reusing a word's summed weights gives the tags of scoring every feature afresh",
          "[extract][tagger]") {
    // Every sentence of the test articles (over 4,096 distinct words, so the cache's slots are
    // reused), tagged both ways, in the articles' order and then backwards.
    const TaggerModel& tagger = shipped()->tagger;
    auto lexicon = shipped_lemma_lexicon();
    std::vector<std::vector<std::string>> sentences;
    for (const Document& doc : article_documents()) {
        for (const Sentence& sent : doc.sentences) {
            sentences.emplace_back();
            for (uint32_t i = sent.first_token; i < sent.end_token; ++i) {
                sentences.back().push_back(doc.tokens[i].form);
            }
        }
    }
    std::size_t differ = 0, words = 0;
    for (int pass = 0; pass < 2; ++pass) {
        for (std::size_t k = 0; k < sentences.size(); ++k) {
            const auto& sentence = sentences[pass == 0 ? k : sentences.size() - 1 - k];
            std::vector<std::string_view> forms(sentence.begin(), sentence.end());
            std::vector<uint16_t> reused, afresh;
            tagger.tag(forms, reused, lexicon.get());
            tagger.tag_without_reuse(forms, afresh, lexicon.get());
            differ += reused != afresh;
            words += forms.size();
        }
    }
    CHECK(differ == 0);
    CHECK(words > 10000);
}

TEST_CASE("'to' before a regular '-ed' form is a preposition, and a capitalised '-ing' word ends a name",
          "[extract][tagger]") {
    Document doc = make_doc({"The trust gives grants to accredited colleges .",
                             "It was bought by the publisher Hale Learning ."});
    run_all(doc);
    auto tags = [&](std::size_t s) {
        std::vector<std::string> out;
        for (uint32_t i = doc.sentences[s].first_token; i < doc.sentences[s].end_token; ++i) {
            out.push_back(doc.tokens[i].upos + "/" + doc.tokens[i].xpos);
        }
        return out;
    };
    const auto first = tags(0);
    CHECK(first[4] == "ADP/IN");  // the model tags "to accredited" PART/TO VERB/VB
    CHECK(first[5] == "VERB/VBN");
    const auto second = tags(1);
    CHECK(second[6] == "PROPN/NNP");
    // An infinitive keeps its "to": "to proceed" is no participle.
    Document inf = make_doc({"The board wants to proceed ."});
    run_all(inf);
    CHECK(inf.tokens[3].upos == "PART");
}

TEST_CASE("a plural-noun form after a noun and 'that', before an object's phrase, is the "
          "relative clause's verb",
          "[extract][tagger]") {
    auto tags = [](const std::string& sentence) { return shipped_tags(sentence, &Token::xpos); };
    CHECK(tags("The report was written by a charity that tracks international arms sales .")[8] ==
          "tracks/VBZ");
    // A plural subject of a "that" complement comes before its own verb.
    CHECK(tags("The news that prices rose surprised nobody .")[3] == "prices/NNS");
}

TEST_CASE("capitalised words before a possessive 's are a name, even opening a sentence",
          "[extract][tagger]") {
    auto tags = [](const std::string& sentence) { return shipped_tags(sentence, &Token::upos); };
    const auto named = tags("Harbour Learning 's founder , Ana Ruiz , left in May .");
    CHECK(named[0] == "Harbour/PROPN");
    CHECK(named[1] == "Learning/PROPN");
    // A preposition the model knows stays one.
    CHECK(tags("With Elena 's help , the team finished .")[0] == "With/ADP");
}

TEST_CASE("a lower-case particle between capitalised words is a word of the name", "[extract][tagger]") {
    auto tags = [](const std::string& sentence) { return shipped_tags(sentence, &Token::upos); };
    const auto named = tags("Puertos de Galicia , the agency that runs the harbours , has hired 20 engineers .");
    CHECK(named[0] == "Puertos/PROPN");
    CHECK(named[1] == "de/PROPN");
    CHECK(named[2] == "Galicia/PROPN");
    // A conjunction between names stays one.
    CHECK(tags("Trade between Spain and France grew .")[3] == "and/CCONJ");
}

TEST_CASE("a capitalised adjective ending a name before 'and' and another name is a proper noun",
          "[extract][tagger]") {
    auto tags = [](const std::string& sentence) { return shipped_tags(sentence, &Token::xpos); };
    CHECK(tags("Halvern Mobile and Brightwave Energy signed the contract on Monday .")[1] == "Mobile/NNP");
}

TEST_CASE("a capitalised verb form opening a run of three capitalised words is a name's first word",
          "[extract][tagger]") {
    auto tags = [](const std::string& sentence) { return shipped_tags(sentence, &Token::xpos); };
    CHECK(tags("The partners set up a charity , Linked Care Homes , to manage the houses .")[7] ==
          "Linked/NNP");
    CHECK(tags("Linked Care Homes will be run by Ana Ruiz , who once worked for the local council .")[0] ==
          "Linked/NNP");
    // Two capitalised words after it are not enough: "Asked Anna Berg" could be a clause.
    CHECK(tags("Asked Anna Berg why , the minister said nothing about the plan .")[0] != "Asked/NNP");
}

TEST_CASE("a regular past form right after a name's apposition set off by commas is the clause's verb",
          "[extract][tagger]") {
    auto tags = [](const std::string& sentence) { return shipped_tags(sentence, &Token::xpos); };
    CHECK(tags("Kestrel Print , a firm that makes printing inks , supplied paper and trained three of the "
               "staff .")[10] == "supplied/VBD");
}

TEST_CASE("an '-ing' form after a comma and before 'that' and a clause opens a participle clause",
          "[extract][tagger]") {
    auto tags = [](const std::string& sentence) { return shipped_tags(sentence, &Token::xpos); };
    CHECK(tags("The union rejected the offer , warning that members would strike .")[6] == "warning/VBG");
    // With a determiner it is a noun: "a warning that".
    CHECK(tags("The union issued a warning that members would strike .")[4] == "warning/NN");
}

TEST_CASE("a noun form after 'whose' and a plural noun, before an object's phrase, is the clause's verb",
          "[extract][tagger]") {
    auto tags = [](const std::string& sentence) { return shipped_tags(sentence, &Token::xpos); };
    CHECK(tags("The Dockers Union , whose members load ships at the port , called a strike .")[6] == "load/VBP");
    CHECK(tags("A charity whose volunteers supply meals to the elderly has closed .")[4] == "supply/VBP");
}

TEST_CASE("a regular past form after an apposition opened by a possessive name is the clause's verb",
          "[extract][tagger]") {
    auto tags = [](const std::string& sentence) { return shipped_tags(sentence, &Token::xpos); };
    CHECK(tags("Harlow Mills , Scotland 's oldest paper maker , supplied the ink .")[9] == "supplied/VBD");
}

TEST_CASE("a singular noun form after 'be' and a degree adverb, closing the predicate, is the adjective",
          "[extract][tagger]") {
    auto tags = [](const std::string& sentence) { return shipped_tags(sentence, &Token::xpos); };
    CHECK(tags("The losses were too material to ignore .")[4] == "material/JJ");
}

TEST_CASE("a lower-case common noun after a determiner or noun is no proper noun", "[extract][tagger]") {
    auto tags = [](const std::string& sentence) { return shipped_tags(sentence, &Token::xpos); };
    CHECK(tags("The transport ministry approved the plan .")[2] == "ministry/NN");
    CHECK(tags("Ana de Souza chairs the board .")[1] == "de/NNP");
}

TEST_CASE("capitalized words opening a sentence before ', which' or ', who' are a name when one is a proper noun",
          "[extract][tagger]") {
    auto tags = [](const std::string& sentence) { return shipped_tags(sentence, &Token::xpos); };
    CHECK(tags("Colleges UK , which represents 90 colleges , backed the plan .")[0] == "Colleges/NNP");
    // Without a proper noun in the run, a plural noun opening the sentence stays one.
    CHECK(tags("Colleges , which train nurses , backed the plan .")[0] == "Colleges/NNS");
}

TEST_CASE("a hyphenated word between a possessive and a comma is a noun when its last part is only a noun",
          "[extract][tagger]") {
    auto tags = [](const std::string& sentence) { return shipped_tags(sentence, &Token::xpos); };
    CHECK(tags("\" We will appeal , \" said its vice-president , Lena Marsh .")[8] == "vice-president/NN");
    // A hyphenated adjective before its noun stays one.
    CHECK(tags("The charity signed a long-term contract .")[4] == "long-term/JJ");
}

TEST_CASE("a hyphenated word between a possessive and a preposition is a noun when its last part is only a noun",
          "[extract][tagger]") {
    auto tags = [](const std::string& sentence) { return shipped_tags(sentence, &Token::xpos); };
    CHECK(tags("Its vice-president for research , Ana Ruiz , said fees would rise .")[1] == "vice-president/NN");
    // The last part must be a noun only: "the well-off in" has no noun to name.
    CHECK(tags("The tax hits the well-off in cities .")[4] != "well-off/NN");
}

TEST_CASE("a lower-case irregular past form that WordNet has as a noun only in a name is a verb",
          "[extract][tagger]") {
    auto tags = [](const std::string& sentence) { return shipped_tags(sentence, &Token::xpos); };
    // WordNet's only nouns "drew" and "sat" are the names "Drew" and "SAT".
    CHECK(tags("The panel drew on a study by economists at a university .")[2] == "drew/VBD");
    CHECK(tags("The minister sat on the committee for a decade .")[2] == "sat/VBD");
}

TEST_CASE("an irregular past form after ', which' and before an object's phrase is the relative clause's verb",
          "[extract][tagger]") {
    auto tags = [](const std::string& sentence) { return shipped_tags(sentence, &Token::xpos); };
    CHECK(tags("The council , which lent tools to the builders , approved the plan .")[4] == "lent/VBD");
    CHECK(tags("The trust , who sold homes to nurses , closed .")[4] == "sold/VBD");
    CHECK(tags("The bank , which lent Corvale money , closed .")[4] == "lent/VBD");
    CHECK(tags("The firm , which sold them land , closed .")[4] == "sold/VBD");
}

TEST_CASE("a past form with an agent after an indefinite apposition is a participle with no finite verb after",
          "[extract][tagger]") {
    auto tags = [](const std::string& sentence) { return shipped_tags(sentence, &Token::xpos); };
    CHECK(tags("The grant went to the Hill Farms Project , a 40 million pound scheme launched last year by the "
               "Welsh Government .")[14] == "launched/VBN");
}

TEST_CASE("an acronym in capitals after a lower-case 'the', read as a plural, is a proper noun", "[extract][tagger]") {
    auto tags = [](const std::string& sentence) { return shipped_tags(sentence, &Token::xpos); };
    CHECK(tags("Patients were treated at hospitals run by the NHS .")[8] == "NHS/NNP");
    CHECK(tags("The board asked the NHS to act .")[4] == "NHS/NNP");
}

TEST_CASE("a past form hyphened to a noun before a noun ('state-owned operator') is an adjective",
          "[extract][tagger]") {
    auto tags = [](const std::string& sentence) { return shipped_tags(sentence, &Token::xpos); };
    CHECK(tags("Selt Rail and the state - owned operator Kiri Lines shared the routes .")[6] == "owned/JJ");
}

TEST_CASE("an '-ing' form after a comma and before 'that' opens a participle clause when the subject has a modifier",
          "[extract][tagger]") {
    auto tags = [](const std::string& sentence) { return shipped_tags(sentence, &Token::xpos); };
    CHECK(tags("The airline opposed it , warning that higher fees would hurt travellers .")[5] == "warning/VBG");
}

TEST_CASE("an '-ing' noun between a possessive and a subject noun before its verb is a noun ('whose engineering faculty will')",
          "[extract][tagger]") {
    auto tags = [](const std::string& sentence) { return shipped_tags(sentence, &Token::xpos); };
    CHECK(tags("The college , whose engineering faculty will train nurses , opened .")[4] == "engineering/NN");
    CHECK(tags("The firm is building a plant .")[3] == "building/VBG");
}

TEST_CASE("'since' between a form of 'have' and a past form is an adverb ('had since recruited')", "[extract][tagger]") {
    auto tags = [](const std::string& sentence) { return shipped_tags(sentence, &Token::xpos); };
    const auto t = tags("The trust had since recruited 85 midwives .");
    CHECK(t[3] == "since/RB");
    CHECK(t[4] == "recruited/VBN");
    CHECK(tags("Nothing has changed since the vote .")[3] == "since/IN");
}

TEST_CASE("a lower-case legal form ('plc', 'ltd') after capitalized words closes a name that runs back over them",
          "[extract][tagger]") {
    auto tags = [](const std::string& sentence) { return shipped_tags(sentence, &Token::xpos); };
    const auto t = tags("Bright Orchard Group plc , a fruit grower , cut prices .");
    CHECK(t[0] == "Bright/NNP");
    CHECK(t[3] == "plc/NNP");
    CHECK(tags("Shares in Kelso Mills ltd fell .")[4] == "ltd/NNP");
}

TEST_CASE("capitalized words of a name run through an acronym, and a prose sentence full of names is no headline",
          "[extract][tagger]") {
    auto tags = [](const std::string& sentence) { return shipped_tags(sentence, &Token::xpos); };
    // More than half the words are capitalized, but a lower-case verb and three long lower-case
    // words make it prose; "NHS" does not end the name's run.
    const auto t = tags("Harlow NHS Foundation Trust manages four clinics across North Devon .");
    CHECK(t[2] == "Foundation/NNP");
    CHECK(t[3] == "Trust/NNP");
    // A word of the run the lexicon does not know as an adjective is no adjective.
    CHECK(tags("The Trent Learning Trust rejected that plan outright .")[1] == "Trent/NNP");
}

TEST_CASE("a run of capitalized words listed with a name is a name too", "[extract][tagger]") {
    auto tags = [](const std::string& sentence) { return shipped_tags(sentence, &Token::xpos); };
    const auto t = tags("The three partners are the Kelso Learning Trust , Brindle Academies and the Wyre Schools "
                        "Partnership , which runs nine schools in Dorset .");
    CHECK(t[13] == "Wyre/NNP");
    CHECK(t[14] == "Schools/NNP");
    CHECK(t[15] == "Partnership/NNP");
}

TEST_CASE("a past form after a form of 'have' is a participle, and an opening 'having' before one an auxiliary",
          "[extract][tagger]") {
    auto xpos = [](const std::string& sentence) { return shipped_tags(sentence, &Token::xpos); };
    auto upos = [](const std::string& sentence) { return shipped_tags(sentence, &Token::upos); };
    const std::string opening = "Having encouraged young women in 2019 , the ministry now plans to expand .";
    CHECK(xpos(opening)[1] == "encouraged/VBN");
    CHECK(upos(opening)[0] == "Having/AUX");
    CHECK(xpos("Having opposed the fee , the union struck .")[1] == "opposed/VBN");
    // A past tense with no "have" before it stays one.
    CHECK(xpos("The union opposed the fee .")[2] == "opposed/VBD");
}

TEST_CASE("a plural noun form after 'no longer' that is also a verb is the present tense", "[extract][tagger]") {
    auto xpos = [](const std::string& sentence) { return shipped_tags(sentence, &Token::xpos); };
    CHECK(xpos("The charity no longer funds the museum .")[4] == "funds/VBZ");
    CHECK(xpos("The charity still funds the museum .")[3] == "funds/VBZ");
}

TEST_CASE("a plural form right after a name that opens the clause and before 'to' + verb is the verb", "[extract][tagger]") {
    auto xpos = [](const std::string& sentence) { return shipped_tags(sentence, &Token::xpos); };
    CHECK(xpos("The Selby Trust plans to support the festival .")[3] == "plans/VBZ");
    CHECK(xpos("Orrel Freight plans to buy ten lorries .")[2] == "plans/VBZ");
}

TEST_CASE("after a plural subject and examples set off by commas, a verb form taken for an adverb is the verb",
          "[extract][tagger]") {
    auto tags = [](const std::string& sentence) { return shipped_tags(sentence, &Token::xpos); };
    const auto t = tags("Farm groups , including the Soil Union , back the new law .");
    CHECK(t[8] == "back/VBP");
}

TEST_CASE("after a negated 'do', or a modal and 'not', a singular noun form that is also a verb is the base verb",
          "[extract][tagger]") {
    auto tags = [](const std::string& sentence) { return shipped_tags(sentence, &Token::xpos); };
    const auto t = tags("The charity does not fund work on new drugs .");
    CHECK(t[4] == "fund/VB");
    CHECK(t[5] == "work/NN");
}

TEST_CASE("after a plural noun and 'that', a noun form before a present form that can be a plural noun is the relative clause's verb",
          "[extract][tagger]") {
    auto tags = [](const std::string& sentence) { return shipped_tags(sentence, &Token::xpos); };
    const auto t = tags("The firm sells pesticides that harm bees .");
    CHECK(t[4] == "that/WDT");
    CHECK(t[5] == "harm/VBP");
    CHECK(t[6] == "bees/NNS");
}

TEST_CASE("a capitalized common noun between two proper nouns is a word of the name, in a short sentence full of names too",
          "[extract][tagger]") {
    auto xpos = [](const std::string& sentence) { return shipped_tags(sentence, &Token::xpos); };
    const auto t = xpos("The Brandon Paper Mill polluted the River Wyre .");
    CHECK(t[2] == "Paper/NNP");
    CHECK(t[4] == "polluted/VBD");
    // A title-case headline, with no lower-case verb, is left alone.
    CHECK(xpos("Brandon Paper Mill Polluted River Wyre")[1] == "Paper/NN");
}

TEST_CASE("a question's opening 'why' or 'how' before an inverted auxiliary is the wh-adverb", "[extract][tagger]") {
    auto xpos = [](const std::string& sentence) { return shipped_tags(sentence, &Token::xpos); };
    CHECK(xpos("Why does a council with such budgets spend them so slowly ?")[0] == "Why/WRB");
    CHECK(xpos("How will the museum pay for the roof ?")[0] == "How/WRB");
}

TEST_CASE("a singular 'noun' after a clause-opening plural subject and before 'and' + verb is the present tense", "[extract][tagger]") {
    auto xpos = [](const std::string& sentence) { return shipped_tags(sentence, &Token::xpos); };
    CHECK(xpos("The firm makes the parts ; our engineers design and test the engines .")[8] == "design/VBP");
    // Inside a noun phrase, after no clause boundary, the noun stays a noun.
    CHECK(xpos("They praised the engineers design and the build quality .")[3] != "design/VBP");
}

TEST_CASE("a capitalized adjective after 'the' and before 'and' and a capitalized run ending in a proper noun opens the name",
          "[extract][tagger]") {
    auto xpos = [](const std::string& sentence) { return shipped_tags(sentence, &Token::xpos); };
    CHECK(xpos("The Agricultural and Dairy Workers Union backed the plan .")[1] == "Agricultural/NNP");
    // The run must end in a proper noun: "The Scottish and Welsh Green parties" stays an adjective.
    CHECK(xpos("The Scottish and Welsh Green parties backed the plan .")[1] == "Scottish/JJ");
}

TEST_CASE("a regular past form after a name that opens a verbless clause, before a noun phrase, is the past tense",
          "[extract][tagger]") {
    auto xpos = [](const std::string& sentence) { return shipped_tags(sentence, &Token::xpos); };
    CHECK(xpos("The Tarrow Water Board and the Kell Trust licensed fishing boats , the council said .")[8] ==
          "licensed/VBD");
    CHECK(xpos("The Harbour Authority , which licensed fishing boats last year , closed .")[5] == "licensed/VBD");
    // A finite verb after the noun phrase is the clause's: the past form modifies the phrase.
    CHECK(xpos("Selby Council licensed traders must renew their permits .")[2] != "licensed/VBD");
    // After a common noun the past form keeps the model's reading.
    CHECK(xpos("In 2019 state funded schools opened .")[3] == "funded/VBN");
}

TEST_CASE("a past form after a partner set off by commas ('together with') is the subject's past verb",
          "[extract][tagger]") {
    auto xpos = [](const std::string& sentence) { return shipped_tags(sentence, &Token::xpos); };
    CHECK(xpos("Corran College , together with the Ness Trust , trained hundreds of nurses .")[9] == "trained/VBD");
}

TEST_CASE("the capitalized words before a headline's 'to' and base form are a name, and an opening adjective its word",
          "[extract][tagger]") {
    auto xpos = [](const std::string& sentence) { return shipped_tags(sentence, &Token::xpos); };
    CHECK(xpos("Kell Trust to back the Corran Theatre")[1] == "Trust/NNP");
    // Not the first word, which may be a headline's adjective ("Big banks to cut jobs").
    CHECK(xpos("Corran Trust to support the Kell Theatre")[0] == "Corran/JJ");
    CHECK(xpos("The Danish Harbour Authority supplied maps to the navy .")[1] == "Danish/NNP");
}

TEST_CASE("a noun form that is also a verb after 'be', a participle and 'to', before a determiner, is the infinitive",
          "[extract][tagger]") {
    auto xpos = [](const std::string& sentence) { return shipped_tags(sentence, &Token::xpos); };
    const auto t = xpos("The Kell Trust is expected to fund the new theatre .");
    CHECK(t[5] == "to/TO");
    CHECK(t[6] == "fund/VB");
    // A noun of a compound after "to" takes no determiner: "fund managers" stays a noun.
    CHECK(xpos("The stake was sold to fund managers in London .")[5] == "fund/NN");
}

TEST_CASE("an adverb and a number open the object after a past form that follows a verbless name subject",
          "[extract][tagger]") {
    auto xpos = [](const std::string& sentence) { return shipped_tags(sentence, &Token::xpos); };
    CHECK(xpos("Corran Mills , along with the Ness Trust , employed about 300 weavers .")[9] == "employed/VBD");
    CHECK(xpos("According to the survey , Corran Mills employed nearly 300 weavers .")[7] == "employed/VBD");
}

TEST_CASE("a word in figures before a number word or a noun is a number, before a determiner the model's reading",
          "[extract][tagger]") {
    auto xpos = [](const std::string& sentence) { return shipped_tags(sentence, &Token::xpos); };
    CHECK(xpos("A further 4 million dollars came from the trust .")[2] == "4/CD");
    CHECK(xpos("The firm will add 4 shops in 4 years .")[4] == "4/CD");
    CHECK(xpos("The firm will add 4 shops in 4 years .")[7] == "4/CD");
    // Chat text spells "for" with a figure: before a determiner the figure keeps the model's reading.
    CHECK(xpos("Thanks 4 the help .")[1] == "4/IN");
}

TEST_CASE("a capitalised subject after a relative 'that' or 'which' is followed by the clause's verb, not a compound noun",
          "[extract][tagger]") {
    auto xpos = [](const std::string& sentence) { return shipped_tags(sentence, &Token::xpos); };
    const auto t = xpos("The council that Parliament set up in 2021 met today .");
    CHECK(t[2] == "that/WDT");
    CHECK(t[4] == "set/VBD");
    CHECK(xpos("It is an independent body that Parliament set up in 2021 .")[7] == "set/VBD");
    // Before a verb the noun after the name is a compound's head, the clause's subject.
    CHECK(xpos("The fee that Council tax covers is small .")[4] == "tax/NN");
}

TEST_CASE("a dictionary content word never takes a closed-class tag, a function word keeps it",
          "[extract][tagger]") {
    const std::string s = "The Residents Association fought the new runway for three years .";
    // The model alone reads "fought" before "the new runway for" as a preposition.
    auto bare = tags(nullptr, s);
    auto checked = tags(shipped_lemma_lexicon(), s);
    CHECK(bare[3] == "fought/ADP/IN");
    CHECK(checked[3] == "fought/VERB/VBD");
    for (std::size_t i = 0; i < bare.size(); ++i) {
        if (i != 3) CHECK(bare[i] == checked[i]);
    }
    // Prepositions the dictionary also knows as content words keep the model's closed class.
    auto prepositions = tags(shipped_lemma_lexicon(), "The plant reopened following the repairs , despite the strike .");
    CHECK(prepositions[4] == "the/DET/DT");
    CHECK(prepositions[8] == "the/DET/DT");
    CHECK(prepositions[7].rfind("despite/ADP/", 0) == 0);
}

TEST_CASE("the closed-class word list answers for its own words only", "[extract][tagger]") {
    for (const char* w : {"aboard", "about", "despite", "whomever", "yourselves", "themselves", "the"}) {
        CHECK(TaggerModel::is_function_word(w));
    }
    for (const char* w : {"fought", "won", "bacteria", "forty", "a", "zzz", "Despite"}) {
        CHECK_FALSE(TaggerModel::is_function_word(w));
    }
}

TEST_CASE("a verb that is only an irregular past form is not tagged a base form", "[extract][tagger]") {
    auto tags = [](const std::string& sentence) { return shipped_tags(sentence, &Token::xpos); };
    // "lent" is no verb lemma (WordNet knows it as the past of "lend", and as a noun only in the
    // name "Lent").
    CHECK(tags("The bank lent the money to Corvin Foods .")[2] == "lent/VBD");
    // A verb lemma keeps the model's base-form tag.
    CHECK(tags("The banks will lend the money to small firms .")[3] == "lend/VB");
}

TEST_CASE("'of' before a capitalised name inside the sentence is the preposition", "[extract][tagger]") {
    auto tags = [](const std::string& sentence) { return shipped_tags(sentence, &Token::xpos); };
    auto upos = [](const std::string& sentence) { return shipped_tags(sentence, &Token::upos); };
    CHECK(upos("Harlow College and the University of Stirling have opened a laboratory .")[5] == "of/ADP");
    CHECK(tags("Harlow College and the University of Stirling have opened a laboratory .")[6] == "Stirling/NNP");
}

TEST_CASE("an '-s' form after a singular subject noun that opens a verbless clause is the verb", "[extract][tagger]") {
    auto tags = [](const std::string& sentence) { return shipped_tags(sentence, &Token::xpos); };
    CHECK(tags("The disease spreads quickly in crowded camps .")[2] == "spreads/VBZ");
    CHECK(tags("The agency funds most university engineering research in Scotland .")[2] == "funds/VBZ");
    CHECK(tags("Officials measured how quickly the disease spreads and how long patients stay .")[6] ==
          "spreads/VBZ");
    // A compound's plural head keeps its tag when the clause has a verb of its own, and so does a
    // phrase after a coordinator or "no".
    CHECK(tags("The school fees in the city rose sharply .")[2] == "fees/NNS");
    CHECK(tags("No wine glasses .")[2] == "glasses/NNS");
}

TEST_CASE("an '-ing' word between nouns after 'most' or a verb is a noun of the compound", "[extract][tagger]") {
    auto tags = [](const std::string& sentence) { return shipped_tags(sentence, &Token::xpos); };
    CHECK(tags("The agency funds most university engineering research in Scotland .")[5] == "engineering/NN");
    CHECK(tags("The council funds city planning work .")[4] == "planning/NN");
}

TEST_CASE("a regular past form after 'NP, NAME,' with no object is the verb when no finite verb follows",
          "[extract][tagger]") {
    auto tags = [](const std::string& sentence) { return shipped_tags(sentence, &Token::xpos); };
    CHECK(tags("Its chief engineer , Tomas Reyne , apologised for the outage .")[7] == "apologised/VBD");
    // A participle set off after the name leaves the subject the finite verb after it.
    CHECK(tags("Its chief engineer , Tomas Reyne , appointed in May , said the outage was over .")[7] ==
          "appointed/VBN");
}

TEST_CASE("a singular noun form after a plural noun opening a clause, before an object, is the verb",
          "[extract][tagger]") {
    auto tags = [](const std::string& sentence) { return shipped_tags(sentence, &Token::xpos); };
    CHECK(tags("Local care boards fund the service .")[3] == "fund/VBP");
    CHECK(tags("Under the plan , regional boards fund the clinics .")[6] == "fund/VBP");
    // With a verb of its own after it the phrase is a compound ("Sales tax").
    CHECK(tags("Sales tax this year has risen .")[1] == "tax/NN");
}

TEST_CASE("a noun after existential 'there' and 'be', an opening '-ed' adjective before the subject",
          "[extract][tagger]") {
    auto tags = [](const std::string& sentence) { return shipped_tags(sentence, &Token::xpos); };
    CHECK(tags("There is concern that the clinic will close .")[2] == "concern/NN");
    CHECK(tags("Integrated care boards were set up in 2022 .")[0] == "Integrated/JJ");
    // Before a preposition the opening form is a participle clause's verb.
    CHECK(tags("Opened in 2019 , the clinic treats children .")[0] == "Opened/VBN");
}

TEST_CASE("a capitalised verb form that begins a name: opening before an apposition, or before a name",
          "[extract][tagger]") {
    auto tags = [](const std::string& sentence) { return shipped_tags(sentence, &Token::xpos); };
    // The opening phrase is the subject of the verb after the apposition.
    CHECK(tags("Falling Water , a trust , said it would help .")[0] == "Falling/NNP");
    CHECK(tags("Sound Start , a charity that buys instruments , said it would pay .")[0] == "Sound/NNP");
    // With its own subject after the apposition, the opening form is the verb of a clause.
    CHECK(tags("Visiting Leeds , a city she loved , she met the mayor .")[0] == "Visiting/VBG");
    // Inside a sentence, before a name.
    CHECK(tags("Tarn Foods competes with rivals such as Stumptown Hills and Blue Meridian .")[7] == "Stumptown/NNP");
    // A title-case headline keeps its capitalised verbs.
    CHECK(tags("Council Approves New Budget for Schools")[1] == "Approves/VBZ");
}
