package org.newsgraph.extract.attribution;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.entity.EntityKind;
import org.newsgraph.extract.Extracted;
import org.newsgraph.extract.Extraction;

/** Who said each quote, sieve by sieve, on names the extractor has never seen. */
class SpeakerTest {

    @Test
    void nameSaidAndSaidName() {
        Extracted text = Extracted.from("""
                “The bridge will open in May,” Halvard Lunde said.

                “We are on budget,” said Ines Cabral, the project’s engineer.""");
        assertEquals("Halvard Lunde", text.speakerOf("The bridge will open"));
        assertEquals("Ines Cabral", text.speakerOf("We are on budget"));
        assertEquals("speech-verb-after", text.sieveOf("We are on budget"));
    }

    @Test
    void aVerbOfSayingInTheInfinitiveHasTheSubjectOfTheVerbThatCarriesIt() {
        Extracted text = Extracted.from("""
                My accountant, Derek Hollis, used to say, "You are running a charity with a wine list." He was right.

                As the coach Mara Quint likes to say, "Defence wins cups."

                Ivo Brandt went on to say: "We will be back." """);
        assertEquals("Derek Hollis", text.speakerOf("You are running"));
        assertEquals("Mara Quint", text.speakerOf("Defence wins"));
        assertEquals("Ivo Brandt", text.speakerOf("We will be back"));
    }

    @Test
    void theStatementIsTheOneWhoseVerbHasASubjectNotTheStatementItself() {
        Extracted text = Extracted.from("""
                Dunmore Rovers beat Kelsbury City 2-1 on Saturday.

                In a statement issued two hours after the final whistle, Kelsbury City said it would seek an \
                explanation. "The club has the utmost respect for match officials," the statement read.""");
        assertEquals("Kelsbury City", text.speakerOf("The club has the utmost"));
    }

    @Test
    void aQuotedNameGivenToSomethingHasNoSpeaker() {
        Extracted text = Extracted.from("""
                Rovers, nicknamed "the Gulls" since dockworkers founded the club, climb to ninth.

                Mayor Janine Okafor-Pell urged residents in the so-called "orange zone" to be ready to leave. The yard, \
                known as "the old ropewalk", and the scheme, dubbed "the quiet revolution" by staff, were sold.""");
        for (String name : List.of("the Gulls", "orange zone", "the old ropewalk", "the quiet revolution")) {
            assertNull(text.speakerOf(name), name);
            assertEquals("name-given", text.quote(name).sieve(), name);
        }
    }

    @Test
    void theOneToldIsTheAddressee() {
        Extracted text = Extracted.from("“Your team played well,” Oskar Lindqvist told Marta Esposito after the final.");
        assertEquals("Oskar Lindqvist", text.speakerOf("Your team"));
        assertEquals("Marta Esposito", text.addresseeOf("Your team"));
    }

    @Test
    void accordingToAndAColonAfterTheVerb() {
        Extracted text = Extracted.from("""
                The deal is worth “far more than the market thinks”, according to analyst Priya Venkataraman.

                Rolf Eberhardt added: “We did not expect this.”""");
        assertEquals("Priya Venkataraman", text.speakerOf("far more than"));
        assertEquals("Rolf Eberhardt", text.speakerOf("We did not expect"));
    }

    @Test
    void heAndSheFindTheRightPerson() {
        Extracted text = Extracted.from("""
                Coach Dariusz Nowak praised his striker, Amelia Fortescue. Fortescue, 24, has scored nine goals.

                “I just kept running,” she said.

                “She never gives up,” he said.""");
        assertEquals("Amelia Fortescue", text.speakerOf("I just kept running"));
        assertEquals("Dariusz Nowak", text.speakerOf("She never gives up"));
    }

    @Test
    void aTitleNounIsThePersonGivenThatTitle() {
        Extracted text = Extracted.from("""
                Finance Minister Wiremu Tane presented the budget on Thursday. “Every school gets a new roof,” the \
                minister said.""");
        assertEquals("Wiremu Tane", text.speakerOf("Every school"));
    }

    @Test
    void organizationsAndCountriesSpeakToo() {
        Extracted text = Extracted.from("""
                Northvolt-rival Caldera Batteries cut prices again. “Demand is recovering,” a spokeswoman for \
                Caldera Batteries said.

                Mongolia committed itself “to protect the grasslands” at the conference.""");
        assertEquals("Caldera Batteries", text.speakerOf("Demand is recovering"));
        assertEquals("Mongolia", text.speakerOf("to protect the grasslands"));
    }

    @Test
    void aQuoteIsNeverItsOwnSpeakers() {
        Extracted text = Extracted.from("""
                Residents gathered outside the town hall. “Lucinda Marsh promised us a school and we are still \
                waiting,” one mother shouted.""");
        assertNull(text.speakerOf("Lucinda Marsh promised"), "the person named inside the quote did not say it");
    }

    @Test
    void theWordsOfASignAreNobodysSpeech() {
        Extracted text = Extracted.from("A sign on the door read: “Closed until further notice.” The shop has not reopened.");
        assertNull(text.speakerOf("Closed until further notice"));
        assertEquals("written-words", text.sieveOf("Closed until further notice"));
    }

    @Test
    void aSpeakerGoesOnAfterTheWordsOfABanner() {
        Extracted text = Extracted.from("""
                “Today we close a painful chapter,” Oskar Veld told reporters, standing under a banner that read \
                “One Lake, One Future”. “Our peoples have waited too long.”""");
        assertNull(text.speakerOf("One Lake, One Future"));
        assertEquals("Oskar Veld", text.speakerOf("Our peoples have waited"));
    }

    @Test
    void aQuoteAfterARelativeClauseOfTheReporterIsNotSpeech() {
        Extracted text = Extracted.from("""
                Trade Minister Ilse Varga said the duties were a “proportionate response” to what she described as \
                years of subsidies. One of the officials said the plant, the largest in the valley, would be \
                “essentially gutted”.""");
        assertEquals("Ilse Varga", text.speakerOf("proportionate response"));
        assertNull(text.speakerOf("essentially gutted"));
    }

    @Test
    void theNextQuoteOfAParagraphAndAQuoteOnlyParagraphContinueTheSpeaker() {
        Extracted text = Extracted.from("""
                “The harvest is lost,” farmer Baptiste Ngoma told Ana Ribeiro. “We start again in March.”

                “There is nothing else to do.”""");
        assertEquals("Baptiste Ngoma", text.speakerOf("We start again"));
        assertEquals("Baptiste Ngoma", text.speakerOf("There is nothing else"));
    }

    @Test
    void aPartialQuoteUnderAVerbOfSayingIsItsSubjects() {
        Extracted text = Extracted.from("""
                Senator Odile Marchand, who chairs the committee, called the plan “reckless” and promised to “fight \
                it line by line”. Her rival Joaquim Sousa dismissed the criticism as “theatre for the cameras”.""");
        assertEquals("Odile Marchand", text.speakerOf("fight it line by line"));
        assertEquals("Joaquim Sousa", text.speakerOf("theatre for the cameras"));
    }

    @Test
    void aPlaceInARelativeClauseIsNeverTheSpeaker() {
        Extracted text = Extracted.from("""
                Brili Sanvano, 58, who leads the opposition in Lisbon, called the visit “a waste of public money”.""");
        assertEquals("Brili Sanvano", text.speakerOf("a waste of public money"));
    }

    @Test
    void everyAttributionSaysHowSureItIs() {
        Extracted text = Extracted.from("“We are ready,” Keziah Mwangi said. “Very ready.”");
        assertTrue(text.quote("We are ready").confidence() > text.quote("Very ready").confidence());
    }

    @Test
    void aQuoteFromSomeoneUnnamedIsNobodysNamedOne() {
        Extracted text = Extracted.from("""
                Governor Kathy Hochul visited the site on Monday. “We will rebuild,” a protester told reporters. \
                “Nobody listens to us.”

                “We are not afraid of anyone,” diplomats said.""");
        assertEquals(null, text.speakerOf("We will rebuild"));
        assertEquals(null, text.speakerOf("Nobody listens"));
        assertEquals(null, text.speakerOf("We are not afraid"));
    }

    @Test
    void whoIsNamedInsideWhatSomeoneSaysIsNotTheSpeaker() {
        Extracted text = Extracted.from("""
                Marine Le Pen attacked the government. “Macron has failed France,” she said. Defence Minister Yoav \
                Gallant said Israel would respond “with force”. He warned that the Kremlin would answer “in kind”.""");
        assertEquals("Marine Le Pen", text.speakerOf("Macron has failed"));
        assertEquals("Yoav Gallant", text.speakerOf("with force"));
        assertEquals("Yoav Gallant", text.speakerOf("in kind"));
    }

    @Test
    void aSpeakerQuotedAsSayingIsTheSpeaker() {
        Extracted text = Extracted.from("""
                “Nobody will lose their job,” chief executive Ilse Vandermolen said on Monday.

                “We have saved enough already,” Vandermolen was quoted as saying.""");
        assertEquals("Ilse Vandermolen", text.speakerOf("We have saved enough"));
    }

    @Test
    void anEpithetAfterTheRefersBackAsAPronounWould() {
        Extracted text = Extracted.from("""
                Ilona Brzezinska, 43, and her neighbour Tomasz Wilk escaped unharmed.

                The mum-of-two from Gdynia said she felt “lucky to be alive”.

                Striker Odalys Brennaman scored twice on Saturday. “I am just happy to help the team,” the 22-year-old said.""");
        assertEquals("Ilona Brzezinska", text.speakerOf("lucky to be alive"));
        assertEquals("Odalys Brennaman", text.speakerOf("I am just happy"));
    }

    @Test
    void aLedeThatDescribesItsSpeakerIsAnsweredByWhomTheNextParagraphNames() {
        Extracted text = Extracted.from("""
                The Chairman of Wend Valley District Council has paid tribute to the volunteers, saying “they kept \
                this town afloat.”

                Cllr Ottoline Ashdown-Prew said the council would thank each of them in person.""");
        assertEquals("Ottoline Ashdown-Prew", text.speakerOf("they kept this town afloat"));
    }

    @Test
    void aSpokesmanInTheLedeIsNotTheNextParagraphsPerson() {
        Extracted text = Extracted.from("""
                A spokesman for the council said the roads were “impassable”.

                Engineer Baptiste Ngoma said repairs would start on Monday.""");
        assertEquals(null, text.speakerOf("impassable"));
    }

    @Test
    void anAttributionAfterAQuestionAndAfterADescriptionOfTheSpeakerIsRead() {
        Extracted text = Extracted.from("""
                Minister Corinna Vasquez-Holt spoke first.

                “Why should anyone trust them on election day?” Ms Vasquez-Holt said.

                “The effect is local,” said study co-author Rebecca McKibbin-Oduya. “We see it within five years.”

                “I thought we were going to die,” said Rebecca McKibbin-Oduya’s mother.""");
        assertEquals("Corinna Vasquez-Holt", text.speakerOf("Why should anyone trust them"));
        assertEquals("Rebecca McKibbin-Oduya", text.speakerOf("The effect is local"));
        assertEquals(null, text.speakerOf("I thought we were going to die"));
    }

    @Test
    void aQuoteHandedOnWithAddingIsTheSameSpeakers() {
        Extracted text = Extracted.from("""
                Singer Maribel Oyelowo-Frost told fans that the tour will be “magical.”

                "There will be a lot of surprises," adding, "and new songs.\"""");
        assertEquals("Maribel Oyelowo-Frost", text.speakerOf("There will be a lot of surprises"));
    }

    @Test
    void aMessageBeforeAColonIsItsSubjects() {
        Extracted text = Extracted.from("""
                Harrowgate Mills chief executive Tove Lindqvist-Amadi has one message for her staff when it comes \
                to the merger: “Nobody here will lose their job.”""");
        assertEquals("Tove Lindqvist-Amadi", text.speakerOf("Nobody here will lose"));
    }

    @Test
    void aShortQuoteAfterTheAttributionIsSpeechNotATitle() {
        Extracted text = Extracted.from("“We are disappointed,” said Sen. Orrin Vasquez-Tull. “We Will Be Back.”");
        assertEquals("Orrin Vasquez-Tull", text.speakerOf("We Will Be Back"));
    }

    @Test
    void aPossessorBeforeTheSpeakerInAppositionIsNotTheSpeaker() {
        Extracted text = Extracted.from("""
                Senator Ilse Marrow voted no. “We will be back,” said Marrow’s Republican counterpart, Sen. \
                Tobiah Quennell of Ohio.""");
        assertEquals("Tobiah Quennell", text.speakerOf("We will be back"));
    }

    @Test
    void aVerbJoinedByAndAfterTheQuoteBelongsToTheSubjectBeforeIt() {
        Extracted text = Extracted.from("""
                Majority Leader Ferro Dunleavy called the bill “a giveaway dressed up as a rescue” and said it \
                helped large carriers. Press secretary Lene Okoro said the president “wants every home connected” \
                but declined to say more.""");
        assertEquals("Ferro Dunleavy", text.speakerOf("a giveaway"));
        assertEquals("Lene Okoro", text.speakerOf("wants every home"));
    }

    @Test
    void aQuoteAfterNarrationInTheSameParagraphIsTheNarratedPersons() {
        Extracted text = Extracted.from("""
                Asked about the title race, Caoimhe Brosnan was cautious. “It is one game. We have eleven more.”

                Her rival Teodor Ilves was blunt: “We were poor today.”""");
        assertEquals("Caoimhe Brosnan", text.speakerOf("It is one game"));
        assertEquals("Teodor Ilves", text.speakerOf("We were poor"));
        assertEquals("previous-sentence-subject", text.sieveOf("It is one game"));
    }

    @Test
    void aTitleFromTheLedeFindsThePersonNamedAfterIt() {
        Extracted text = Extracted.from("""
                Norvale’s health minister on Monday defended plans to close rural hospitals.

                “Specialised care saves lives,” Anselm Krietemeyer told a news conference.

                Regional leaders objected. Oda Lindqvist-Haug called the plan reckless.

                “Nobody will be left without emergency care,” the minister said.""");
        assertEquals("Anselm Krietemeyer", text.speakerOf("Nobody will be left"));
    }

    @Test
    void anEmployerBeforeALowercaseTitleIsNotTheSpeaker() {
        Extracted text = Extracted.from("""
                “Robots can do the dull part,” said Quorvane co-founder and chief executive Ama Odunsi-Berg.""");
        assertEquals("Ama Odunsi-Berg", text.speakerOf("Robots can do"));
        assertThat(text.people(), not(hasItem("Quorvane")));
    }

    @Test
    void aSpokespersonIsForTheOrganizationNamedWithThem() {
        Extracted text = Extracted.from("""
                A spokesperson for Northwold Highways said the authority would review its response. “Our thoughts \
                are with everyone affected,” the spokesperson added.""");
        assertEquals("Northwold Highways", text.speakerOf("Our thoughts"));
        assertThat(text.people(), not(hasItem("Northwold Highways")));
    }

    @Test
    void aStatementFromAnOrganizationIsItsWords() {
        Extracted text = Extracted.from("""
                The centre’s owner, Brigmoor Holdings, said it was cooperating. “Safety is our absolute priority,” a \
                statement from the company read.""");
        assertEquals("Brigmoor Holdings", text.speakerOf("Safety is our"));
    }

    @Test
    void theElderOfAFamilyIsNotThePersonTheSurnameNamed() {
        Extracted text = Extracted.from("""
                Mayor Tadhg Ellery apologised on Friday. His father, a former councillor, defended him. “Tadhg has \
                always had a sharp tongue,” the elder Ellery told the Riverton Echo.""");
        assertNull(text.speakerOf("Tadhg has always"));
    }

    @Test
    void aParticipleSharesTheSubjectOfItsClause() {
        Extracted text = Extracted.from("""
                In the clip, which was shared widely, Tadhg Ellery can be heard calling councillor Nisha Pell “a \
                part-timer who couldn’t run a bath.”""");
        assertEquals("Tadhg Ellery", text.speakerOf("a part-timer"));
    }

    @Test
    void sheAfterSomeoneUnnamedIsNotTheLastWomanNamed() {
        Extracted text = Extracted.from("""
                Sergeant Abigail Morrow said: “This was a shocking incident.”

                A neighbour, who asked not to be named, said the street had become “a racetrack” at weekends. “We \
                have been asking for speed bumps for years,” she said.""");
        assertEquals("Abigail Morrow", text.speakerOf("This was a shocking"));
        assertNull(text.speakerOf("We have been asking"));
    }

    @Test
    void aSourceOfAPartyOnlyJustNamedSpeaksForIt() {
        Extracted text = Extracted.from("""
                The business lobby Fenwa said it would fight the bill. The bill needs the votes of the Catalan party \
                Veltsa. A Veltsa source said the party was “open to talking”.""");
        assertEquals("Veltsa", text.speakerOf("open to talking"));
    }

    @Test
    void aRelationIsThePersonTheArticleSaidItWas() {
        Extracted text = Extracted.from("""
                Kegan Follett, 31, admitted the assault. His lawyer, Piet Vermaak, said his client was ashamed.

                Mr Vermaak added that Follett had not meant to hurt anyone. “It was one moment of madness,” his lawyer said.

                In a statement read to the court, Mr Ansell’s daughter, Ilse Kowal, described her father’s injuries.

                Her daughter added: “We want people to know what happened.”

                “He wanted to be a pilot,” the victim’s brother, Tariq Benali, 25, said. “He never started trouble,” \
                its chair, Oluwaseun Abara, said.

                “We are not looking for revenge,” the victim’s brother said.""");
        assertEquals("Piet Vermaak", text.speakerOf("It was one moment"));
        assertEquals("Ilse Kowal", text.speakerOf("We want people"));
        assertEquals("Tariq Benali", text.speakerOf("He wanted to be a pilot"));
        assertEquals("Oluwaseun Abara", text.speakerOf("He never started"));
        assertEquals("Tariq Benali", text.speakerOf("We are not looking"));
    }

    @Test
    void theOfficialIntroducedWithoutANameStaysUnnamed() {
        Extracted text = Extracted.from("""
                The tariffs were welcomed by the Ostland Steel Federation, which called them “long overdue”.

                A senior Ostlandic government official, who spoke on condition of anonymity because the talks were \
                private, said the list included wine. “Everything is on the table,” the official said.""");
        assertNull(text.speakerOf("Everything is on the table"));
    }

    @Test
    void sheGoesOnMeaningTheWomanSheMeantBefore() {
        Extracted text = Extracted.from("""
                Councillor Maud Eriksen has spent a decade fighting the housing ministry.

                On the question of the leadership, she was guarded. Would she ever challenge Premier Ruth Okonjo?

                She laughed. “Ruth has my full support,” she said.""");
        assertEquals("Maud Eriksen", text.speakerOf("Ruth has my full support"));
    }

    @Test
    void aSingleCapitalBeforeAQuoteEndsTheSentence() {
        Extracted text = Extracted.from("""
                “The company was built by the people who answered the phones,” Bram Oduya wrote in a post on X. \
                “Remember that.”""");
        assertEquals("Bram Oduya", text.speakerOf("Remember that"));
    }

    @Test
    void aVerbAfterAndIsTheOneWhoReportedNotTheOneReportedOn() {
        Extracted text = Extracted.from("""
                Housing Minister Edvard Lunde has brushed off the criticism. In a radio interview, the minister said \
                Councillor Maud Eriksen was “playing to the gallery” and insisted that building was “up on last year”.""");
        assertEquals("Edvard Lunde", text.speakerOf("up on last year"));
    }

    @Test
    void aQuoteAfterWhatSheDoesInThePresentIsHers() {
        Extracted text = Extracted.from("""
                “It is a film about a family who cannot stop lying,” director Ines Okoro-Hale says.

                She laughs. “Nobody believes me when I say that.”""");
        assertEquals("Ines Okoro-Hale", text.speakerOf("Nobody believes me"));
    }

    @Test
    void analystsAtAFirmSpeakForIt() {
        Extracted text = Extracted.from("""
                Analysts were supportive. “This is a company carrying too much cost,” analysts at Brannock & Vell said in \
                a note. A trend analysts at Oswin Bank described as “the great reallocation” has only begun.""");
        assertEquals("Brannock & Vell", text.speakerOf("This is a company"));
        assertEquals("Oswin Bank", text.speakerOf("the great reallocation"));
    }

    @Test
    void someoneDescribedWithoutANameIsNotTheLastWomanNamed() {
        Extracted text = Extracted.from("""
                Officer Renata Solis said the shop had been busy. A store clerk, who gave her name only as Odile, said she \
                heard two bangs. “I thought a car had backfired,” she said.""");
        assertEquals("Odile", text.speakerOf("I thought a car"));
    }

    @Test
    void theOneAWhoClauseIsAboutIsTheOneInFocus() {
        Extracted text = Extracted.from("""
                Opposite her is newcomer Kwame Osei-Bonsu, 24, who plays the youngest brother, Tommy. It is his first film. \
                He recalls turning up to the read-through “shaking like a leaf”.""");
        assertEquals("Kwame Osei-Bonsu", text.speakerOf("shaking like a leaf"));
    }

    @Test
    void aSurnameAloneMakesAPersonOfANameNoGazetteerKnows() {
        Extracted text = Extracted.from("""
                Ridgefield got 27 points from Quillan Castellaro, but the Rangers went cold late.

                Castellaro was blunter. “We gave it away,” he said.""");
        assertEquals("Quillan Castellaro", text.speakerOf("We gave it away"));
        assertThat(text.people(), not(hasItem("Rangers")));
    }

    @Test
    void aPortfolioBeforeMinisterIsPartOfTheTitle() {
        Extracted text = Extracted.from("""
                The plan was welcomed on Monday by Housing Minister Tolan Varga, who called it “fair to everyone”.""");
        assertEquals("Tolan Varga", text.speakerOf("fair to everyone"));
        assertThat(text.names(org.newsgraph.entity.EntityKind.ORGANIZATION), not(hasItem("Housing")));
    }

    @Test
    void aNationalityNounIsThePersonInFocusNotANewPerson() {
        Extracted text = Extracted.from("""
                Striker Marcus Oduya scored the winner. Home manager Fraser Mackintosh admitted his side had ridden their luck.

                “We got nervy after their goal,” the Scot said.

                Oduya, known to supporters as ‘Tank’, had not scored since October and admitted the drought weighed on him.

                “It means a lot,” he said.""");
        assertEquals("Fraser Mackintosh", text.speakerOf("We got nervy"));
        assertThat(text.people(), not(hasItem("Scot")));
        assertEquals("Marcus Oduya", text.speakerOf("It means a lot"));
    }

    @Test
    void whoeverTheArticleWillNotNameStaysUnnamed() {
        Extracted text = Extracted.from("""
                Councillor Ada Brannigan defended the plan.

                Another resident, who did not want to be named, was less measured. “It was decided before we walked in,” \
                she said.

                At the edge of the site, a volunteer who declined to give his name leaned on a shovel.

                “We are pulling out bodies now, not people,” he said quietly.""");
        assertNull(text.speakerOf("It was decided before"));
        assertNull(text.speakerOf("We are pulling out"));
    }

    @Test
    void theStatementIsWhoeverMadeIt() {
        Extracted text = Extracted.from("""
                The Halmore Ministry of Transport said in a statement that it regretted the delay. “We apologise to every \
                passenger,” the statement said.

                Coroner Eamon Rushe closed the inquest. Her family said in a statement that she had been “the heart of \
                everything we did”. “She was a wonderful mother,” the statement said.

                Mrs Keane is cared for by her husband of 58 years, Dermot Keane. “The nurses were kind,” her husband said.

                The Carrow Valley NHS Trust has hired more cleaners. “Patient safety is our priority,” the trust said.""");
        assertEquals("Halmore Ministry of Transport", text.speakerOf("We apologise"));
        assertNull(text.speakerOf("the heart of everything"));
        assertNull(text.speakerOf("She was a wonderful mother"));
        assertEquals("Dermot Keane", text.speakerOf("The nurses were kind"));
        assertEquals("Carrow Valley NHS Trust", text.speakerOf("Patient safety"));
    }

    @Test
    void aSpeakerBehindTwoAppositivesOrAShortenedTitle() {
        Extracted text = Extracted.from("""
                Rep. Tomas Ocampo-Reyes, D-Eastfield, the ranking Democrat on the committee, called the cuts “reckless”.

                Garda Sergeant Colm Tiarnach said he arrived at seven. Sgt Tiarnach said the road was flooded. Asked \
                whether the drain had been reported, he replied: “I understand it had, yes.”

                Marten Hessel, principal of the village school, where the teacher worked for nine years, said pupils had \
                planted a tree. “The children still talk about her,” he said.

                Wanjiru Kamau, a partner at Harrow Peak Capital who will join the company’s board next month, said the firm \
                had looked at a dozen rivals. “What stood out was retention,” she said.""");
        assertEquals("Tomas Ocampo-Reyes", text.speakerOf("reckless"));
        assertEquals("Colm Tiarnach", text.speakerOf("I understand it had"));
        assertEquals("Marten Hessel", text.speakerOf("The children still talk"));
        assertEquals("Wanjiru Kamau", text.speakerOf("What stood out"));
    }

    @Test
    void aFamilyNameAfterAPrepositionOfPlaceIsStillThePerson() {
        Extracted text = Extracted.from("""
                “We were surprised,” said Dr. Helga Moorfield, the study’s lead author. Tomas Rey, a student in \
                Moorfield’s lab, checked the colonies. An outside expert, Ingrid Valk, urged caution.

                Moorfield acknowledged the limitation. “That is a fair criticism,” she said.""");
        assertEquals("Helga Moorfield", text.speakerOf("That is a fair criticism"));
    }

    @Test
    void theCompanyIsTheOneThatJustSpoke() {
        Extracted text = Extracted.from("""
                Pupils at Larkmoor High School were sent home. Larkmoor High School will stay shut on Friday, and Larkmoor \
                High School staff are helping.

                Sierra Vale Power, the utility that serves the county, said in a statement that it had found a fault. \
                “We are cooperating fully with investigators,” the company said.

                “We have not seen fire like this,” said Fire Chief Dwight Kessel.""");
        assertEquals("Sierra Vale Power", text.speakerOf("We are cooperating"));
        assertThat(text.people(), not(hasItem("Sierra Vale Power")));
        assertEquals("Dwight Kessel", text.speakerOf("We have not seen fire"));
    }

    @Test
    void aRelativeInAppositionIsNotTheOneSheMeans() {
        Extracted text = Extracted.from("""
                Singer Tamsin Achterveld moved to the island in 2019. She is about to begin a tour. The posters, \
                designed by her sister, Anke, carry a single line.

                Has the island changed her? She thinks about it. “I used to think I had to be loud,” she says.""");
        assertEquals("Tamsin Achterveld", text.speakerOf("I used to think"));
    }

    @Test
    void aSpokespersonForTheInspectorateAndABannerThatReadSimply() {
        Extracted text = Extracted.from("""
                Campaigner Helen Marsden said the river was dying. The Rivers Inspectorate, which oversees discharge \
                permits, confirmed it had opened an investigation. “We take all reports seriously,” a spokesperson for \
                the inspectorate said.

                A banner strung across the bridge read simply “Whose river?” Marsden said the group would meet again.""");
        assertEquals("Rivers Inspectorate", text.speakerOf("We take all reports"));
        assertNull(text.speakerOf("Whose river"));
    }

    @Test
    void aSpeakerWithAnAffiliationACoauthorsOrALongWhoClause() {
        Extracted text = Extracted.from("""
                Analysts were positive. Ilona Varkas of Osgood & Vane was more cautious, writing that integration risk \
                was “meaningfully underappreciated”.

                Dr. Hedda Brandt, the study’s lead author, said the effect was large. “Our results suggest that light at \
                night harms bees,” Brandt and her co-authors wrote in the paper.

                Dana Whitlow, who writes the gadget blog Circuit Notes and was among a handful of reviewers given \
                hands-on time, called the display “genuinely startling” but said the frames felt fragile.""");
        assertEquals("Ilona Varkas", text.speakerOf("meaningfully underappreciated"));
        assertEquals("Hedda Brandt", text.speakerOf("Our results suggest"));
        assertEquals("Dana Whitlow", text.speakerOf("genuinely startling"));
    }

    @Test
    void aQuoteParagraphAfterSomeoneWhoWouldNotGiveTheirName() {
        Extracted text = Extracted.from("""
                Council member Rosa Delgado, who represents District 4, said the mill could be saved.

                Another speaker, a woman who declined to give her name to a reporter afterward, told council members \
                she had worked at the mill.

                “My mother worked there, and her mother,” she said.""");
        assertNull(text.speakerOf("My mother worked there"));
    }

    @Test
    void anAgeThenWhatSomeoneIsStillLeavesTheSubject() {
        Extracted text = Extracted.from("""
                Her mum, Jo, said she had worried at first. “I thought that would be the end of it,” Jo said.

                Tomasz, 10, the team’s goalkeeper, saved a penalty with his feet. He said he had practised all week. \
                “She kicks really hard, so I wasn’t scared,” he said.""");
        assertEquals("Tomasz", text.speakerOf("She kicks really hard"));
    }

    @Test
    void aSpeakerNamedAfterTheOrganizationAndTheTitleTheyHold() {
        Extracted text = Extracted.from("""
                “The count is complete,” commission chairman Ilir Daskal told reporters.

                “That was the moment, really,” admitted Kingsholm head coach Dario Foxwell.""");
        assertEquals("Ilir Daskal", text.speakerOf("The count is complete"));
        assertEquals("Dario Foxwell", text.speakerOf("That was the moment"));
        assertThat(text.people(), not(hasItem("Kingsholm")));
    }

    @Test
    void anEpithetWithWhatDescribesItIsThePersonInFocus() {
        Extracted text = Extracted.from("""
                Opposition leader Tomas Erlen won the run-off on Sunday.

                “Tonight we chose hope,” the 51-year-old former mayor of the port city of Dravnik told the crowd.

                Rhys Penhale kicked 19 points for Ashby. “I was just trying to keep it low,” the fly-half told reporters.""");
        assertEquals("Tomas Erlen", text.speakerOf("Tonight we chose hope"));
        assertEquals("Rhys Penhale", text.speakerOf("I was just trying"));
    }

    @Test
    void anInscriptionAfterAColonIsNobodysSpeech() {
        Extracted text = Extracted.from("""
                Ingrid Brandt cast the bell herself. Around its waist it carries an inscription she chose from the parish \
                archives: “Ring for the living, toll for the dead.”""");
        assertNull(text.speakerOf("Ring for the living"));
    }

    @Test
    void aPersonOfTheOrganizationIsTheSubjectNotTheOrganization() {
        Extracted text = Extracted.from("""
                Opposition leader Sanne Vollrath of the Civic Union called the plan "a tax on people who live where the \
                buses don't run".""");
        assertEquals("Sanne Vollrath", text.speakerOf("a tax on people"));
    }

    @Test
    void aCommaAfterANameInAppositionClosesItBeforeTheVerb() {
        Extracted text = Extracted.from("""
                The friend, Kyle Danvers, 28, was given a suspended sentence at an earlier hearing.

                Chloe's father, Graham Prentice, read a statement to the court, pausing several times.

                "Chloe wanted to be a nurse since she was seven years old," he said.

                Her mother, Rachel Prentice, 54, admits she still sets a place at the table. "Some nights I forget," she said.""");
        assertEquals("Graham Prentice", text.speakerOf("Chloe wanted to be a nurse"));
        assertEquals("Rachel Prentice", text.speakerOf("Some nights I forget"));
    }

    @Test
    void anAcronymDefinedInParenthesesNamesTheSameOrganization() {
        Extracted text = Extracted.from("""
                Halcyon was launched six years ago by the Austral-Nordic Space Agency (ANSA).

                In a statement, ANSA said the result demonstrated "the extraordinary sensitivity of Halcyon".""");
        assertEquals("Austral-Nordic Space Agency", text.speakerOf("the extraordinary sensitivity"));
        assertEquals(List.of("Austral-Nordic Space Agency"), text.names(EntityKind.ORGANIZATION));
    }

    @Test
    void aNameInAppositionToKinIsAPersonOfThatGender() {
        Extracted text = Extracted.from("""
                Maria Alvarado-Huang opened the bakery in 2019. Her first customer was Deshawn Pettigrew-Lowe.

                Maria's husband, Tevita Fonua, now works the counter full-time. He is the one who has to tell people \
                that there is nothing left.

                "I've had grown men cry at me," he laughs.

                Maria and Tevita are in talks about a second oven. She hasn't decided.

                "My grandmother baked every day of her life," she recalls.""");
        assertThat(text.people(), hasItem("Tevita Fonua"));
        assertEquals("Tevita Fonua", text.speakerOf("I've had grown men cry"));
        assertEquals("Maria Alvarado-Huang", text.speakerOf("My grandmother baked"));
    }

    @Test
    void aDocumentSaysWhatItsAuthorSays() {
        Extracted text = Extracted.from("""
                A consultation paper published last month by the Insurance Conduct Authority said firms using AI to \
                assess claims must be able to “explain why a claim was declined.” The paper added that the regulator \
                expected “meaningful human oversight at the point of decision.”

                The memo, written by Budget Director Karen Whitfield and dated Feb. 3, says the city “cannot absorb \
                further escalation without drawing on reserves.”

                Inspectors from the Harland Education Inspectorate visited in May. The inspectorate’s report, published on Tuesday, said \
                leaders had “an accurate view of the school’s weaknesses”.

                Karen Oduya disputed that account, saying the report had been “triaged appropriately,” but acknowledged that \
                “we should have escalated faster.”""");
        assertEquals("Insurance Conduct Authority", text.speakerOf("explain why a claim"));
        assertEquals("Insurance Conduct Authority", text.speakerOf("meaningful human oversight"));
        assertEquals("Karen Whitfield", text.speakerOf("cannot absorb further escalation"));
        assertEquals("Harland Education Inspectorate", text.speakerOf("an accurate view"));
        assertEquals("Karen Oduya", text.speakerOf("we should have escalated faster"));
    }

    @Test
    void theSubjectBeforeARelativeClauseWithCommasOfItsOwn() {
        Extracted text = Extracted.from("""
                The Minister of Works, Dr. Adebowale Adeyemo-Bakare, has dismissed the allegations.

                Adeyemo-Bakare, who spoke after inspecting the project in Ilemoro, the Adaran State capital, on Saturday, \
                said the contract had been awarded “in full compliance with the procurement law”.

                Janet Pryce, 58, from Thorley, whose 91-year-old mother Edna has lived at the home for four years, said \
                the news had come “completely out of the blue”.""");
        assertEquals("Adebowale Adeyemo-Bakare", text.speakerOf("in full compliance"));
        assertEquals("Janet Pryce", text.speakerOf("completely out of the blue"));
    }

    @Test
    void theActorWhoPlaysARoleIsTheOneInFocusNotTheRole() {
        Extracted text = Extracted.from("""
                Jonah Petrakis, who plays the older brother, Emil, said the shoot had tested the cast. “There's a scene \
                where we just sit in the car for eleven minutes,” he said in an interview.""");
        assertEquals("Jonah Petrakis", text.speakerOf("There's a scene"));
    }

    @Test
    void aNationalityNounIsNoPersonsName() {
        Extracted text = Extracted.from("""
                But it was Rhys Penhallow who was named player of the match. The 31-year-old Tongan, who joined from \
                Castleford Park in the summer, was a constant menace.

                “Honestly, I was just trying to keep it low,” the fly-half told TNS Sport.""");
        assertThat(text.people(), not(hasItem("Tongan")));
        assertEquals("Rhys Penhallow", text.speakerOf("Honestly, I was just trying"));
    }

    @Test
    void aNameSpelledOutBeforeItsAcronymIsOneOrganizationAndALongAppositiveStillReachesTheVerb() {
        Extracted text = Extracted.from("""
                Transit strike paralyses Velmora

                Only a handful of trams ran, according to Velmora Metropolitan Transit (VMT), the state-owned operator.

                "We did not want to be here," Ngozi Adeyemi-Clarke, general secretary of the Amalgamated Rail and Tram \
                Workers' Union (ARTWU), told reporters outside the depot.""");
        assertThat(text.people(), not(hasItem("Transit")));
        assertThat(text.names(EntityKind.ORGANIZATION), hasItem("Velmora Metropolitan Transit"));
        assertEquals("Ngozi Adeyemi-Clarke", text.speakerOf("We did not want to be here"));
    }

    @Test
    void someoneUnnamedWhoseSentenceNamesSomeoneElseIsStillUnnamed() {
        Extracted text = Extracted.from("""
                Season ticket holder Dean Okoro-Whitfield, 41, fumed: “If he wants to go, fine.”

                One younger fan, clutching a Tiago Brennan-Sowah shirt outside the club shop, just shrugged. \
                “Take the money,” he said.""");
        assertNull(text.speakerOf("Take the money"));
    }

    @Test
    void aPronounMeansTheSubjectOfAnIrregularPastBeforeIt() {
        Extracted text = Extracted.from("""
                Councillor Brendan Ashgrove-Lyle defended the budget. “We balanced the books,” he said. Declan \
                Marchetti-Rye shook his head. “You balanced them on the backs of the poor,” he replied.""");
        assertEquals("Declan Marchetti-Rye", text.speakerOf("You balanced them"));
    }

    @Test
    void aPersonOfAnOrganizationIsTheSubjectOfTheVerbAfterIt() {
        Extracted text = Extracted.from("""
                Chief executive Ingrid Solvang-Maree said demand had held up. “We are not worried,” she said.

                Priya Dunleavy-Osei of Marrowgate Securities pressed her on costs. “Is this the peak?” she asked.""");
        assertEquals("Priya Dunleavy-Osei", text.speakerOf("Is this the peak?"));
    }

    @Test
    void aTitleOpeningTheSentenceBeforeAPronounIsThePersonOfThatTitle() {
        Extracted text = Extracted.from("""
                Judge Miriam Castellane-Obi heard the case at Tarrow Crown Court.

                Prosecutor Nkem Adebayo-Hurst told the court the defendant had been warned twice. “It was reckless,” she said.

                Adebayo-Hurst asked for a long ban. The judge agreed. “He should not drive again,” she said.""");
        assertEquals("Nkem Adebayo-Hurst", text.speakerOf("It was reckless"));
        assertEquals("Miriam Castellane-Obi", text.speakerOf("He should not drive again"));
    }

    @Test
    void anOfficialWhoseNameIsWithheldIsNobodyNamedNotTheirClub() {
        Extracted text = Extracted.from("""
                Kestrel Rovers lost again on Saturday. A senior official at Kestrel Rovers, who spoke on condition of \
                anonymity because talks were continuing, said the board was “weighing its options.” “Nobody is \
                leaving,” the official said.""");
        assertNull(text.speakerOf("weighing its options"));
        assertNull(text.speakerOf("Nobody is leaving"));
    }

    @Test
    void namesGivenInQuotesAreNobodysWords() {
        Extracted text = Extracted.from("""
                Striker Kofi “the Hammer” Lindahl-Broek scored twice, and manager Rosa Eberhardt-Quist praised him. \
                Around the ground he is known simply as “the Engine.” Forecasters warned of what meteorologists call \
                “fire whirls,” said Eberhardt-Quist, whose side lost three finals and earned the nickname “the Nearly \
                Men.” She called the fixture list “a disgrace.”""");
        assertNull(text.speakerOf("the Hammer"));
        assertNull(text.speakerOf("the Engine"));
        assertNull(text.speakerOf("fire whirls"));
        assertNull(text.speakerOf("the Nearly"));
        assertEquals("Rosa Eberhardt-Quist", text.speakerOf("a disgrace"));
    }

    @Test
    void aGuildIsAnOrganizationThatSpeaks() {
        Extracted text = Extracted.from("""
                In a statement, the Guild of Hospital Porters said its members would not cross picket lines. \
                “We stand with the nurses,” the guild said.""");
        assertThat(text.names(EntityKind.ORGANIZATION), hasItem("Guild of Hospital Porters"));
        assertEquals("Guild of Hospital Porters", text.speakerOf("We stand with the nurses"));
    }

    @Test
    void aParagraphThatOpensWithAQuoteAndThenIntroducesSomeoneIsTheirs() {
        Extracted text = Extracted.from("""
                Councillor Brendan Ashgrove-Lyle said the shelter would open by winter. "We are doing what we can," he said.

                "We had nowhere else to go." Lucienne Abara-Voss, 38, a cleaner from Dunmere, has slept in her car since \
                March.

                "They sent us home twice." That was how Tavinda Okoro-Lind, whose son needs an operation, described the \
                week.""");
        assertEquals("Lucienne Abara-Voss", text.speakerOf("We had nowhere else to go"));
        assertEquals("Tavinda Okoro-Lind", text.speakerOf("They sent us home twice"));
    }

    @Test
    void someoneUnnamedAfterAnOpeningPhraseOrInTheParagraphBeforeIsStillUnnamed() {
        Extracted text = Extracted.from("""
                The Marrowby café closes on Sunday. Owner Delphine Aukett-Rowe said the rent had doubled. "We tried \
                everything," she said.

                Nearby, a young woman selling flowers shrugged. "Whoever owns it, I still open at six," she said.

                A former waitress, who asked not to be identified because she still works nearby, described long shifts.

                "She was fair, and she paid on time," she said.""");
        assertEquals("Delphine Aukett-Rowe", text.speakerOf("We tried everything"));
        assertNull(text.speakerOf("Whoever owns it"));
        assertNull(text.speakerOf("She was fair"));
    }

    @Test
    void theWordsBeforeATitleTellWhichMinisterItIs() {
        Extracted text = Extracted.from("""
                Health Minister Corwin Achebe-Lund opened the debate. Finance Minister Ilsabet Varga-Noor warned of the \
                cost. The health minister replied that the plan would be ready "within a month.\"""");
        assertEquals("Corwin Achebe-Lund", text.speakerOf("within a month"));
    }

    @Test
    void theCompanyIsTheOneTheStoryLedWith() {
        Extracted text = Extracted.from("""
                Harrowgate Robotics reported record sales on Tuesday, sending its shares up 6 percent.

                "Is the new plant on schedule?" asked Tobias Mwangi-Hale of Pemberly & Vance. "It is," a manager said.

                In a statement, the company said it would keep investing, calling the results "a sign of what is coming.\"""");
        assertThat(text.names(EntityKind.ORGANIZATION), hasItem("Harrowgate Robotics"));
        assertEquals("Harrowgate Robotics", text.speakerOf("a sign of what is coming"));
    }

    @Test
    void aBoardOfTheBankSpeaksForTheBank() {
        Extracted text = Extracted.from("""
                The Castlemere Savings Bank raised its rates on Thursday.

                In a statement, the bank's lending committee said it had acted to protect savers. "We will keep watching \
                the market," the statement continued.""");
        assertEquals("Castlemere Savings Bank", text.speakerOf("We will keep watching"));
    }

    @Test
    void aNameInAppositionToAnOrganizationNounIsThatOrganization() {
        Extracted text = Extracted.from("""
                The stage ended in a crash on the descent.

                A spokesman for the race organiser, Tarvell Sport Events, said the road had been "inspected and cleared" \
                on Friday.""");
        assertThat(text.names(EntityKind.ORGANIZATION), hasItem("Tarvell Sport Events"));
        assertEquals("Tarvell Sport Events", text.speakerOf("inspected and cleared"));
    }

    @Test
    void aNameWithARoleInAppositionIsAPersonWhateverTheFirstName() {
        Extracted text = Extracted.from("""
                According to Quintessa Obradovic-Lunn, the alarm worked. "It rang within seconds," she said.

                The only witness was Teodric Vanterpool-Essien, a taxi driver who was parked across the road. "It was \
                over in a minute," he said.

                Ormund Blackwood-Achterberg, a former detective with the city's fraud squad who now advises insurers, \
                said the case looked "carefully planned.\"""");
        assertThat(text.names(EntityKind.PERSON), hasItem("Teodric Vanterpool-Essien"));
        assertEquals("Teodric Vanterpool-Essien", text.speakerOf("It was over in a minute"));
        assertEquals("Ormund Blackwood-Achterberg", text.speakerOf("carefully planned"));
    }

    @Test
    void aWhoAfterTheFirmSomeoneWorksAtIsTheirs() {
        Extracted text = Extracted.from("""
                Marisol Quenby-Arkwright opened for the prosecution.

                The jury also heard from Dr. Ansel Tremayne-Oduya, an accountant at the firm Greywater Pellow, who traced \
                the payments. He told jurors the invoices matched. "I have rarely seen a pattern this clear," he said.""");
        assertThat(text.names(EntityKind.ORGANIZATION), hasItem("Greywater Pellow"));
        assertEquals("Ansel Tremayne-Oduya", text.speakerOf("I have rarely seen"));
    }

    @Test
    void aParagraphAboutSomeoneNewKeepsTheirPronounsFromTheSubjectBeforeIt() {
        Extracted text = Extracted.from("""
                Ysolde Marrak-Pine confirmed that the player had asked for a trade. "Both sides knew it was time," she said.

                Corvin Dallow-Essex, 29, known to teammates as "Deuce," is averaging 27 points a game. He had clashed with \
                the coaches, and after a loss he was overheard telling teammates the team was "running plays for nobody.\"""");
        assertEquals("Corvin Dallow-Essex", text.speakerOf("running plays for nobody"));
    }

    @Test
    void policeAreTheForceTheArticleNamed() {
        Extracted text = Extracted.from("""
                Harlow Vale Constabulary said two men had forced a side door of the museum.

                "This was a planned theft," police said in a statement. Elsewhere in the city, police said, "nothing else \
                was taken.\"""");
        assertEquals("Harlow Vale Constabulary", text.speakerOf("This was a planned theft"));
    }

    @Test
    void policeNobodyNamedAreNobody() {
        Extracted text = Extracted.from("""
                Ottoline Brack-Sumner, the museum's director, said she was heartbroken. "This was a planned theft," police said.""");
        assertEquals(null, text.speakerOf("This was a planned theft"));
    }

    @Test
    void aSpeakerBeforeAnAppositiveBetweenDashesAndTheCommuniqueItReleased() {
        Extracted text = Extracted.from("""
                In a joint communiqué released overnight, the Velmoor Contact Group — the mediation format of the two \
                delegations and their hosts — said both sides would "cease all offensive operations" from Monday.

                "Both parties affirm their commitment to a settlement," the communiqué said.""");
        assertEquals("Velmoor Contact Group", text.speakerOf("cease all offensive operations"));
        assertEquals("Velmoor Contact Group", text.speakerOf("Both parties affirm"));
    }

    @Test
    void theNounAnOrganizationWasIntroducedByStandsForIt() {
        Extracted text = Extracted.from("""
                The national weather service, Nordvale Meteorological Agency, extended its warning until Thursday. The \
                Halden Water Company said its pumps were running.

                "A further 40 millimetres of rain is expected," the service said in its latest bulletin.""");
        assertEquals("Nordvale Meteorological Agency", text.speakerOf("A further 40 millimetres"));
    }

    @Test
    void lettersAfterANameAreNotPartOfIt() {
        Extracted text = Extracted.from("""
                Cross-examining, Priya Castellane-Mbeki KC suggested the witness bore a grudge. "You wanted her job," she said.

                "That isn't what I asked," Castellane-Mbeki said.""");
        assertEquals(List.of("Priya Castellane-Mbeki"), text.names(EntityKind.PERSON));
        assertEquals("Priya Castellane-Mbeki", text.speakerOf("That isn't what I asked"));
    }

    @Test
    void someoneQuotedInARelativeClauseIsNotTheOneInFocus() {
        Extracted text = Extracted.from("""
                Samuel Quarrington-Lusk taught himself the trumpet at 12. It was at the Anchor Club that he acquired the \
                nickname "Brass," given to him by the club's owner, Alder Penhaligon-Roux, who said his playing "cut \
                through the smoke."

                He never chased fame. Asked why he had turned down a contract in 1968, he told a local paper: "They \
                wanted me to move.\"""");
        assertEquals("Samuel Quarrington-Lusk", text.speakerOf("They wanted me to move"));
    }

    @Test
    void anAbbreviatedTitleIsTheTitleSpelledOutAfter() {
        Extracted text = Extracted.from("""
                Gov. Amadou Kesteven-Roy arrived by helicopter on Wednesday.

                "We will not stop searching," the governor said.""");
        assertEquals("Amadou Kesteven-Roy", text.speakerOf("We will not stop searching"));
    }

    @Test
    void aTitleOfSeveralWordsBeforeTheNameInApposition() {
        Extracted text = Extracted.from("""
                Corvel Systems recalled 40,000 tablets on Monday.

                "We got this wrong," Corvel's chief executive, Henrietta Saarinen-Obi, said in a video. "We are sorry," \
                the chief operating officer, Samuel Dufresne-Achebe, added.""");
        assertEquals("Henrietta Saarinen-Obi", text.speakerOf("We got this wrong"));
        assertEquals("Samuel Dufresne-Achebe", text.speakerOf("We are sorry"));
    }

    @Test
    void lettersAfterANameOrATimeZoneNameNobody() {
        Extracted text = Extracted.from("""
                Crude rose to $92 a barrel by 1130 GMT. In mitigation, Rupert Ellory-Banda KC, defending, told the court \
                his client had worked "a relentless run of night shifts.\"""");
        assertEquals(List.of("Rupert Ellory-Banda"), text.names(EntityKind.PERSON));
        assertEquals(List.of(), text.names(EntityKind.ORGANIZATION));
    }

    @Test
    void theTitleOfSeveralWordsSomeoneWasIntroducedWithIsThemLater() {
        Extracted text = Extracted.from("""
                Corvel Systems recalled 40,000 tablets. Corvel's chief executive, Henrietta Saarinen-Obi, apologised in \
                a video. Regulators said they would review the case.

                "Trust is earned slowly," the chief executive said.""");
        assertEquals("Henrietta Saarinen-Obi", text.speakerOf("Trust is earned slowly"));
    }

    @Test
    void britishPoliceRanksWithoutStopsAndARailCompany() {
        Extracted text = Extracted.from("""
                "That right is not unlimited," said Ch Supt Adaeze Moyo-Brandt, who led the operation.

                Kellbridge Rail, which runs most services from the station, said 90 trains were cancelled. "Our staff \
                worked hard," it said.

                "We will review the footage," the superintendent added.""");
        assertEquals("Adaeze Moyo-Brandt", text.speakerOf("That right is not unlimited"));
        assertThat(text.names(EntityKind.ORGANIZATION), hasItem("Kellbridge Rail"));
        assertEquals("Kellbridge Rail", text.speakerOf("Our staff worked hard"));
        assertEquals("Adaeze Moyo-Brandt", text.speakerOf("We will review the footage"));
    }

    @Test
    void policeAreNotTheirOfficersFederation() {
        Extracted text = Extracted.from("""
                Harlow Vale Constabulary dismissed the officer. The Harlow Vale Police Federation said he would appeal.

                Police said custody procedures had been "comprehensively reviewed.\"""");
        assertEquals("Harlow Vale Constabulary", text.speakerOf("comprehensively reviewed"));
    }

    @Test
    void theSpokesmanNamedBeforeIsTheSpokesmanAfter() {
        Extracted text = Extracted.from("""
                The report was prepared by the Office for Coastal Defence. Speaking afterwards, the prime \
                minister's spokesman, Karim Vosloo-Amin, said the report was "one of many pieces of advice".

                Asked again, the spokesman said: "There will be a proper process.\"""");
        assertEquals("Karim Vosloo-Amin", text.speakerOf("There will be a proper process"));
    }

    @Test
    void theDocumentSpokenOfAgainIsStillItsMakers() {
        Extracted text = Extracted.from("""
                In a joint communiqué released overnight, the Velmoor Contact Group said both sides would stop firing.

                "Both parties affirm their commitment to a settlement," the communiqué said.

                Under the deal, a joint commission will meet weekly in the town of Varsk, according to the communiqué, \
                which says the commission will act "in a spirit of mutual respect.\"""");
        assertEquals("Velmoor Contact Group", text.speakerOf("in a spirit of mutual respect"));
    }

    @Test
    void whatTheArticleSaysOfSomeoneTellsTheirGender() {
        Extracted text = Extracted.from("""
                Councillor Marcus Obi opened the meeting. Tiwalade Oyinlola-Brandt, who chairs the residents' \
                association, said she had counted 400 objections.

                "We were never asked," he said.""");
        assertEquals("Marcus Obi", text.speakerOf("We were never asked"));
    }

    @Test
    void aSurnameWithParticlesWrittenAloneIsTheSamePerson() {
        Extracted text = Extracted.from("""
                Health Minister Pieter van den Akker-Mols said the talks would resume on Monday.

                "Nobody leaves this room until we have a deal," van den Akker-Mols told reporters.""");
        assertEquals("Pieter van den Akker-Mols", text.speakerOf("Nobody leaves this room"));
    }

    @Test
    void theOneALawyerActsForIsNotTheSubject() {
        Extracted text = Extracted.from("""
                The defendant, Margaret Hollis-Ebo, denies fraud. Cross-examining, Helen Fenwick-Adu KC, for \
                Hollis-Ebo, put it to the witness that he had been passed over.

                "You resented her, didn't you?" she asked.""");
        assertEquals("Helen Fenwick-Adu", text.speakerOf("You resented her"));
    }

    @Test
    void theOrganizationNamedBeforeIsThePublisher() {
        Extracted text = Extracted.from("""
                Quillhaven Books said the first printing had sold out. "Readers clearly wanted this," a spokesperson \
                for the publisher said.""");
        assertEquals("Quillhaven Books", text.speakerOf("Readers clearly wanted this"));
    }

    @Test
    void aLeadInWithAColonGoesOnWithTheSpeakerBefore() {
        Extracted text = Extracted.from("""
                "It was a hard week," coach Oliver Brandvik says.

                Then, more quietly: "We will be ready on Saturday.\"""");
        assertEquals("Oliver Brandvik", text.speakerOf("We will be ready on Saturday"));
    }

    @Test
    void aLetterFromSomeoneReadOutIsTheirs() {
        Extracted text = Extracted.from("""
                Clerk Peter Lindell read out a letter from Grace Ottoway-Shaw, who runs the village surgery.

                "We cannot take another thousand patients," the letter read.""");
        assertEquals("Grace Ottoway-Shaw", text.speakerOf("We cannot take another thousand patients"));
    }

    @Test
    void aReportNeverCalledSoBeforeIsItsPublishers() {
        Extracted text = Extracted.from("""
                The Council for Fiscal Scrutiny published its annual outlook on Tuesday.

                "The targets will be met only narrowly," the report said.""");
        assertEquals("Council for Fiscal Scrutiny", text.speakerOf("The targets will be met only narrowly"));
    }

    @Test
    void anOrganizationNamedInApposition() {
        Extracted text = Extracted.from("""
                The quarry's operator, Bellmoor Minerals, said the blast happened in a section "that had been \
                inspected in March.\"""");
        assertEquals("Bellmoor Minerals", text.speakerOf("that had been inspected in March"));
    }

    @Test
    void aMinistryNamedBeforeItsWord() {
        Extracted text = Extracted.from("""
                The Norvian Foreign Ministry rejected the protest on Tuesday.

                "We urge calm on all sides," the ministry said.""");
        assertEquals("Norvian Foreign Ministry", text.speakerOf("We urge calm on all sides"));
    }

    @Test
    void aFamilyNameWrittenFirstTellsNoGender() {
        Extracted text = Extracted.from("""
                At the daily briefing, spokesperson Tan Mei-Xin said the crew were "in good health." Pressed on \
                charges, she said: "I have nothing further to add.\"""");
        assertEquals("Tan Mei-Xin", text.speakerOf("I have nothing further to add"));
    }

    @Test
    void aGivenNameWrittenOnceWithAnAgeIsAPerson() {
        Extracted text = Extracted.from("""
                Ngozika, a 38-year-old mother of three, said the well had been dry since June.

                "We walk four hours for water," she said.""");
        assertEquals("Ngozika", text.speakerOf("We walk four hours for water"));
    }

    @Test
    void theSubjectBeforeALongQuoteSpeaksItThoughItNamesThemLater() {
        Extracted text = Extracted.from("""
                Grace Abara-Tull makes the walk every morning.

                "When I was young, the river was full.

                "People tell me, Grace, you should leave. Where would I go?\"""");
        assertEquals("Grace Abara-Tull", text.speakerOf("When I was young"));
    }

    @Test
    void anUnnamedSpokeswomansPronounSpeaksForHerOrganization() {
        Extracted text = Extracted.from("""
                Trade Minister Helga Stromberg-Ade said the deal was "a framework, not a finished house."

                A spokeswoman for the Orvane Ministry of Trade said the rules would follow in what she called a \
                "second phase.\"""");
        assertEquals("Orvane Ministry of Trade", text.speakerOf("second phase"));
    }

    @Test
    void aProfilesPronounFarFromHerNameIsTheOneItIsAbout() {
        String harbour = "The boats came in late and the nets were mended on the quay before dawn. ".repeat(30);
        Extracted text = Extracted.from("""
                Wilhelmina Stroud-Baptiste has run the harbour cafe for forty years. Stroud-Baptiste opens at five. \
                Her neighbour, Margaret Tull, keeps the bakery.

                %s

                "I will miss the early mornings most," she says.""".formatted(harbour));
        assertEquals("Wilhelmina Stroud-Baptiste", text.speakerOf("I will miss the early mornings most"));
    }
    @Test
    void aJusticeIsTheJudgeAfterwards() {
        Extracted text = Extracted.from("""
                Giving judgment, Lady Justice Amberley-Osei said the department had ignored medical evidence.

                "The evidence was there, and it was not read," the judge said.""");
        assertEquals("Amberley-Osei", text.speakerOf("The evidence was there"));
    }

    @Test
    void aRoleBeforeAnHonorificIsTheirs() {
        Extracted text = Extracted.from("""
                The dog was taken to the clinic, where vet Dr Hannah Kowalczyk-Lee said he was dehydrated.

                "Keep your dog microchipped," the vet said.""");
        assertEquals("Hannah Kowalczyk-Lee", text.speakerOf("Keep your dog microchipped"));
    }

    @Test
    void aSurnameWithParticlesOpeningASentenceIsTheSamePerson() {
        Extracted text = Extracted.from("""
                The registrar, Dr Yusuf bin Kamal, arrived at midnight. Bin Kamal, 48, has worked nights for years.

                "We are always short of beds," Bin Kamal said.""");
        assertEquals("Yusuf bin Kamal", text.speakerOf("We are always short of beds"));
    }

    @Test
    void aRoleSaidOfSomeoneNamedIsNoStranger() {
        Extracted text = Extracted.from("""
                At midnight the consultant, Dr Yusuf Kamal, comes up from the emergency department. Kamal has been a \
                consultant here since 2012, and he remembers when a consultant on the wards at night was rare.

                "The rota is not sustainable," the consultant says.""");
        assertEquals("Yusuf Kamal", text.speakerOf("The rota is not sustainable"));
    }

    @Test
    void aDetailBetweenCommasDoesNotStopTheVerbOfSaying() {
        Extracted text = Extracted.from("""
                Norvale Semiconductor Corp. reported results on Tuesday. Finance chief Ingrid Solheim-Baker said revenue \
                fell. Solheim-Baker added that the company would keep its spending targets, and that its $2 billion \
                share buyback, announced in March, was "fully intact.\"""");
        assertEquals("Ingrid Solheim-Baker", text.speakerOf("fully intact"));
    }

    @Test
    void staffAtAnOrganizationSpeakForIt() {
        Extracted text = Extracted.from("""
                In a note to clients, analysts at Brantwood Securities cut their price target.

                "The outlook is a disappointment," the analysts wrote.""");
        assertEquals("Brantwood Securities", text.speakerOf("The outlook is a disappointment"));
    }

    @Test
    void aPostIsWhoPostedIt() {
        Extracted text = Extracted.from("""
                On Wednesday, the Marrowby Volunteer Fire Brigade posted an update.

                "Good news: the dog has been found," the post read.""");
        assertEquals("Marrowby Volunteer Fire Brigade", text.speakerOf("Good news: the dog has been found"));
    }

    @Test
    void anAcronymIsTheOrganizationWrittenOutBeforeIt() {
        Extracted text = Extracted.from("""
                The International Cricket Council confirmed the fine on Monday.

                "The captain accepted the sanction," the ICC said in a statement.""");
        assertEquals("International Cricket Council", text.speakerOf("The captain accepted the sanction"));
    }

    @Test
    void aFirstNameUsedAloneLaterKeepsTheFullNameAPerson() {
        Extracted text = Extracted.from("""
                Ruwantha Jayasekera had faced 211 balls before he nudged a single off Callum Hart.

                "I don't think I've stopped shaking," he said.

                Jayasekera came in at 41 for two. "My mother was in the crowd," Ruwantha replied.""");
        assertEquals("Ruwantha Jayasekera", text.speakerOf("I don't think I've stopped shaking"));
    }

    @Test
    void aSurnameWithParticlesAloneMakesTheFullNameAPerson() {
        Extracted text = Extracted.from("""
                He batted with the captain, Sachintha de Alwis-Fernando, for three hours.

                "We threw him in last year," the captain said. De Alwis-Fernando said the boy had worked hard.""");
        assertEquals("Sachintha de Alwis-Fernando", text.speakerOf("We threw him in last year"));
    }

    @Test
    void theForceIsThePoliceNamedBefore() {
        Extracted text = Extracted.from("""
                Two men were arrested on Sunday, Harrowfield Police said.

                Residents would see "a visible police presence" in the area, the force said.""");
        assertEquals("Harrowfield Police", text.speakerOf("a visible police presence"));
    }

    @Test
    void whereARoleWorksIsAnOrganizationThoughTheVerbFollows() {
        Extracted text = Extracted.from("""
                Tariq Mansour-Hale, a logistics coordinator with Verdant Relief International, which has 14 trucks \
                in the convoy, said supplies were spoiling.

                "We have insulin and nowhere cold to keep it," he told reporters.""");
        assertEquals("Tariq Mansour-Hale", text.speakerOf("We have insulin"));
    }

    @Test
    void aTitleAfterATeamsNameIsThePersonsAfterIt() {
        Extracted text = Extracted.from("""
                Ashgrove had looked in control. Ashgrove conceded twice after the break.

                "That was the moment, really," admitted Ashgrove head coach Darren Pellow.""");
        assertEquals("Darren Pellow", text.speakerOf("That was the moment, really"));
    }

    @Test
    void aClientALawyerActsForIsNoOrganization() {
        Extracted text = Extracted.from("""
                A lawyer for Tiwaloluwa Asante-Mensah said the appeal would be filed on Monday. Asante-Mensah, 44, \
                denies the charges.""");
        assertTrue(text.people().contains("Tiwaloluwa Asante-Mensah"), text.people().toString());
    }

    @Test
    void aLeadInThatBringsInAnotherVoiceDoesNotGoOn() {
        Extracted text = Extracted.from("""
                "We will win this vote," said Oliver Brandvik.

                From the opposition benches: "Resign!\"""");
        assertNull(text.speakerOf("Resign"));
    }

    @Test
    void anAdverbBeforeAnAgeIsNoName() {
        Extracted text = Extracted.from("""
                Tragically, a 3-year-old boy died in the fire, the Ashby fire service said.""");
        assertFalse(text.people().contains("Tragically"), text.people().toString());
    }

    @Test
    void wordsAHeadlineGaveToNobodyAreTheirsWhoSayThemLater() {
        Extracted text = Extracted.from("""
                Officials warn region is "one bad decision away from catastrophe"

                The fighting has lasted three days. "This region is one bad decision away from catastrophe," Ingrid \
                Solberg-Amadi, the UN envoy, told reporters in Geneva.""");
        assertEquals("Ingrid Solberg-Amadi", text.speakerOf("one bad decision away"));
        assertEquals("said-again", text.sieveOf("one bad decision away"));
    }

    @Test
    void aHeadlineInTitleCaseNamesNoOneByItsCapitals() {
        Extracted text = Extracted.from("""
                Cabinet Nominee Dodges Questions on Tariffs in Marathon Senate Hearing

                Judge Marisol Echevarria-Banks spent 11 hours before the committee on Tuesday.""");
        assertEquals(List.of("Marisol Echevarria-Banks"), text.extraction().entities().stream().map(Extraction.Entity::name).toList());
    }

    @Test
    void anOrganizationBeforeARoleInAppositionIsNotTheSpeaker() {
        Extracted text = Extracted.from("""
                "This region is close to catastrophe," the UN envoy, Ingrid Solberg-Amadi, told reporters.""");
        assertEquals("Ingrid Solberg-Amadi", text.speakerOf("This region is close to catastrophe"));
    }

    /** A rule that gives a quote to someone near it, in a sentence where that someone did not say it. */
    static Stream<Arguments> wordsThatLookLikeTheirSpeakers() {
        return Stream.of(
                Arguments.of("the task force is no police force", """
                        Two men were arrested on Sunday, Harrowfield Police said.

                        "We need more funding for outreach," the task force said.""",
                        "We need more funding for outreach", "Harrowfield Police"),
                Arguments.of("a justice minister is no judge", """
                        Justice Minister Ama Serwaa-Boateng welcomed the ruling on Monday.

                        "The law is clear," the judge said.""",
                        "The law is clear", "Ama Serwaa-Boateng"),
                Arguments.of("a newspaper that publishes leaked emails did not write them", """
                        The Northport Gazette published the leaked emails on Monday.

                        "We need to bury this," the memo said.""",
                        "We need to bury this", "Northport Gazette"),
                Arguments.of("a letter from a place is not the place's", """
                        The minister read out a letter from Brussels at the meeting.

                        "The deadline cannot move," the letter read.""",
                        "The deadline cannot move", "Brussels"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wordsThatLookLikeTheirSpeakers")
    void notTheOneNamedNearTheQuote(String why, String body, String firstWords, String notTheSpeaker) {
        assertNotEquals(notTheSpeaker, Extracted.from(body).speakerOf(firstWords), why);
    }
}
