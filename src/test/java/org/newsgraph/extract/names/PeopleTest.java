package org.newsgraph.extract.names;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.entity.EntityKind;
import org.newsgraph.extract.Extracted;

/**
 * Who is a person: names never seen before, recognised by their titles, given names, and what is said of
 * them; never a place, a weekday, an organization or a newspaper.
 */
class PeopleTest {

    @Test
    void unseenNamesArePeopleByTheirTitleGivenNameOrSpeech() {
        Extracted text = Extracted.from("""
                Deputy Governor Tavita Faleolo opened the new clinic on Tuesday. Margarethe Oyelaran-Pike, who \
                runs it, thanked the donors. “This changes everything,” Quaresma said.""");
        assertThat(text.people(), containsInAnyOrder("Tavita Faleolo", "Margarethe Oyelaran-Pike", "Quaresma"));
        assertEquals(List.of("Deputy Governor"), text.entity("Tavita Faleolo").orElseThrow().titles());
    }

    @Test
    void aGivenNameAloneIsAPersonWhenAnAgeStandsInAppositionToIt() {
        Extracted text = Extracted.from("""
                For Margaret, a 74-year-old retired schoolteacher from Lowther, the results came as no surprise. \
                "I started walking to the shop," she said.""");
        assertEquals(List.of("Margaret"), text.people());
        assertEquals("Margaret", text.speakerOf("I started walking"));
    }

    @Test
    void aTitleBeforeAPossessiveNamesAnOfficeNotAPerson() {
        Extracted text = Extracted.from("""
                The Calder County District Attorney's Office charged him on Monday. The Harwick Mayor's Fund paid \
                for the repairs.""");
        assertThat(text.names(EntityKind.ORGANIZATION), hasItem("Calder County District Attorney's Office"));
        assertThat(text.names(EntityKind.ORGANIZATION), hasItem("Harwick Mayor's Fund"));
        assertEquals(List.of(), text.people());
    }

    @Test
    void anAgeInAppositionMakesAPersonOfTheWholeName() {
        Extracted text = Extracted.from("Odalys Brennaman scored twice. Brennaman, 22, now leads the league.");
        assertEquals(List.of("Odalys Brennaman"), text.people());
        assertEquals(List.of("Brennaman"), text.entity("Odalys Brennaman").orElseThrow().aliases());
    }

    @Test
    void noPersonIsMadeOfAPlaceAWeekdayAnOrganizationOrANewspaper() {
        Extracted text = Extracted.from("""
                On Monday the Ministry of Health said in a statement that Lisbon would host the talks. The Guardian \
                reported that Microsoft and the United Nations had agreed. Friday was quiet in Nairobi, The New York \
                Times said. Reuters said Tuesday’s meeting was postponed.""");
        assertEquals(List.of(), text.people());
        assertThat(text.names(EntityKind.ORGANIZATION), hasItem("Ministry of Health"));
        assertThat(text.names(EntityKind.PLACE), hasItem("Lisbon"));
    }

    @Test
    void similarNamesStayApartAndShortFormsFindTheirPerson() {
        Extracted text = Extracted.from("""
                Kim Jong-un met Kim Yong-nam, while Kim Jong-il’s portrait hung behind them. Later Kim Jong Un \
                spoke. Donald Trump arrived late; “Donald is a friend,” Kim Jong-un said.""");
        assertThat(text.people(), containsInAnyOrder("Kim Jong-un", "Kim Yong-nam", "Kim Jong-il", "Donald Trump"));
        assertEquals(2, text.entity("Kim Jong-un").orElseThrow().mentions().stream().filter(m -> !m.text().equals("Kim Jong-un")).count()
                + 1, "“Kim Jong Un” is the same person as “Kim Jong-un”");
    }

    @Test
    void aTitleIsSplitFromTheNameAndAnEmployerBeforeItIsAnOrganization() {
        Extracted text = Extracted.from("Brightline Energy Chief Executive Sunniva Aaberg said profits fell.");
        assertEquals(List.of("Sunniva Aaberg"), text.people());
        assertThat(text.names(EntityKind.ORGANIZATION), hasItem("Brightline Energy"));
        assertThat(text.people(), not(hasItem("Brightline Energy Chief Executive Sunniva Aaberg")));
    }

    @Test
    void aFamilyNameAfterAGenerationSuffixStillFindsItsPerson() {
        Extracted text = Extracted.from("Ronald Pettigrew Jr. was sentenced on Monday. Pettigrew said nothing.");
        assertEquals(List.of("Ronald Pettigrew Jr."), text.people());
    }

    @Test
    void aLegalFormIsNoPartOfTheNameAnOrganizationGoesBy() {
        Extracted text = Extracted.from("Harrowgate Mills Inc. cut 200 jobs. Harrowgate Mills said demand had fallen.");
        assertEquals(List.of("Harrowgate Mills Inc."), text.names(EntityKind.ORGANIZATION));
        assertEquals(List.of("Harrowgate Mills"), text.entity("Harrowgate Mills Inc.").orElseThrow().aliases());
    }

    @Test
    void aGivenNameThatIsAlsoAWordOrPlaceNamesAPersonOnlyBeforeAFamilyName() {
        Extracted text = Extracted.from("""
                Who is to blame? Is it the market? Let the voters decide, said Chelsea Clinton. Jordan Peterson \
                agreed. The River Wend burst its banks as fans of the film “A Summer Without Rain” looked on.""");
        assertThat(text.people(), containsInAnyOrder("Chelsea Clinton", "Jordan Peterson"));
        assertThat(text.names(EntityKind.ORGANIZATION), not(hasItem("Who")));
    }

    @Test
    void abbreviatedAndAgencyTitlesAreSplitFromTheName() {
        Extracted text = Extracted.from("""
                Chicago Ald. Raymond Lopez said the city was broke. FAA Administrator Mike Whitaker said the agency \
                would act.""");
        assertThat(text.people(), containsInAnyOrder("Raymond Lopez", "Mike Whitaker"));
        assertEquals(List.of("Ald."), text.entity("Raymond Lopez").orElseThrow().titles());
        assertEquals(List.of("Administrator"), text.entity("Mike Whitaker").orElseThrow().titles());
    }

    @Test
    void aGivenNameAloneInAppositionIsAPerson() {
        Extracted text = Extracted.from("Sitting in the crowd was the defendant’s mother, Margit. She wept.");
        assertEquals(List.of("Margit"), text.people());
    }

    @Test
    void aSurnameAloneIsAPersonWhenAFeelingIsSaidOfIt() {
        Extracted text = Extracted.from("""
                Harbourside City won 2-0 at the Quay Stadium, and Okonjo-Brandt was particularly impressed with his new striker.

                “He never hesitated,” he said.""");
        assertEquals(List.of("Okonjo-Brandt"), text.people());
        assertEquals("Okonjo-Brandt", text.speakerOf("He never hesitated"));
        assertEquals(List.of(), Extracted.from("After the results, Nordvane was delighted with its growth.").people());
    }

    @Test
    void aCompanysShortNameIsTheCompanyNotAPerson() {
        Extracted text = Extracted.from("""
                Shares of Quellmark Systems fell 14 percent. Quellmark also said its finance chief would step down. \
                The Department for Transport said in a statement that it was not consulted.""");
        assertEquals(List.of(), text.people());
        assertThat(text.names(EntityKind.ORGANIZATION), hasItem("Quellmark Systems"));
        assertThat(text.names(EntityKind.ORGANIZATION), hasItem("Department for Transport"));
        assertThat(text.entity("Quellmark Systems").orElseThrow().aliases(), hasItem("Quellmark"));
    }
}
