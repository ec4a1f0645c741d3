package org.newsgraph.entity;

import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.newsgraph.graphql.Ids;
import org.newsgraph.article.Article;
import org.newsgraph.event.Event;
import org.newsgraph.event.Participant;
import org.newsgraph.graphql.ApiConfig;
import org.newsgraph.graphql.PageRequest;
import org.newsgraph.quote.Quote;

/** People, organizations, countries and places: the queries that find them, and every field that returns them. */
@GraphQLApi
public class EntityApi {

    @Inject
    EntityService entities;

    @Inject
    ApiConfig config;

    @Query
    @Description("A person by id, or by any name articles use for them: \"Kim Jong Un\", \"kim jong-un\" and"
            + " \"Putin\" all work while they are unambiguous.")
    public Person person(@Id String id, String name) {
        return (Person) entities.find(Ids.parse(id), name, Set.of(EntityKind.PERSON)).orElse(null);
    }

    @Query
    @NonNull
    @Description("People by name, alphabetically; \"search\" matches the beginnings of the words of any of their names.")
    public PersonConnection people(String search, Integer first, String after) {
        return entities.people(search, PageRequest.of(EntityService.PEOPLE, search, first, after, config));
    }

    @Query
    @NonNull
    @Description("People, organizations, countries and places by name, alphabetically; \"search\" matches the"
            + " beginnings of the words of any of their names, \"kind\" keeps one kind.")
    public EntityConnection entities(String search, EntityKind kind, Integer first, String after) {
        return entities.entities(search, kind, PageRequest.of(EntityService.ENTITIES, List.of(String.valueOf(search),
                String.valueOf(kind)), first, after, config));
    }

    @Query
    @Description("Any entity by id, or by any of its names.")
    public GraphEntity entity(@Id String id, String name) {
        return entities.find(Ids.parse(id), name, NameLookup.ANY_KIND).map(NamedEntity::asGraphEntity).orElse(null);
    }

    @NonNull
    @Description("The byline.")
    public List<@NonNull List<@NonNull Person>> authors(@Source List<Article> articles) {
        return asPeople(entities.authorsOf(articles));
    }

    @NonNull
    @Description("What the article mentions, in order of first mention.")
    @Name("entities")
    public List<@NonNull List<@NonNull GraphEntity>> entitiesOfArticle(@Source List<Article> articles, EntityKind kind) {
        return entities.mentionedIn(articles, kind == null ? NameLookup.ANY_KIND : Set.of(kind));
    }

    @NonNull
    @Description("The people the article mentions, in order of first mention.")
    @Name("people")
    public List<@NonNull List<@NonNull Person>> peopleOfArticle(@Source List<Article> articles) {
        return asPeople(entities.mentionedIn(articles, Set.of(EntityKind.PERSON)));
    }

    @NonNull
    @Description("Every place in the body that names an entity, in reading order: what a reader highlights.")
    public List<@NonNull List<@NonNull Mention>> mentions(@Source List<Article> articles) {
        return entities.mentionsIn(articles);
    }

    @NonNull
    @Name("entity")
    public List<@NonNull GraphEntity> entityOfMention(@Source List<Mention> mentions) {
        return entities.entitiesOf(mentions, m -> m.entityId);
    }

    @NonNull
    @Name("entity")
    public List<@NonNull GraphEntity> entityOfParticipant(@Source List<Participant> participants) {
        return entities.entitiesOf(participants, p -> p.entityId);
    }

    @Description("Who said it; null when the article does not say.")
    public List<GraphEntity> speaker(@Source List<Quote> quotes) {
        return entities.entitiesOf(quotes, q -> q.speakerId, q -> q.speaker);
    }

    @Description("Whom it was said to, when the article says: \"Putin told Kim Yong-nam\".")
    public List<GraphEntity> addressee(@Source List<Quote> quotes) {
        return entities.entitiesOf(quotes, q -> q.addresseeId);
    }

    @Description("Where it happened, or where it is to happen.")
    public List<Place> place(@Source List<Event> events) {
        return entities.entitiesOf(events, e -> e.placeId).stream().map(Place.class::cast).toList();
    }

    private static List<List<Person>> asPeople(List<List<GraphEntity>> lists) {
        return lists.stream().map(list -> list.stream().map(Person.class::cast).toList()).toList();
    }

    @Description("How many match, over all pages.")
    public int totalCount(@Source PersonConnection connection) {
        return connection.countAll();
    }

    @Description("How many match, over all pages.")
    public int totalCount(@Source EntityConnection connection) {
        return connection.countAll();
    }
}
