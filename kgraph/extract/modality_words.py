"""The word classes and grammar sets the modality rules read (:mod:`kgraph.extract.modality`).

The words are data, in ``kgraph/data/modality.tsv``, each class with what it is for; here they
get their names, and the few dependency labels and relation sets the rules need beside them.
"""

from __future__ import annotations

from kgraph.extract.wordclasses import WordClasses

# The words of each class, with what the class is for, are in kgraph/data/modality.tsv.
CLASSES = WordClasses("modality.tsv")
FUTURE_AUX = CLASSES["future_aux"]
INTENT_AUX = CLASSES["intent_aux"]
POLITE_WISH_VERBS = CLASSES["polite_wish_verbs"]
PERFORMED_WISHES = CLASSES["performed_wishes"]
INTENT_VERBS = CLASSES["intent_verbs"]
SUBJECT_INTENT_VERBS = CLASSES["subject_intent_verbs"]
INTENT_ADJECTIVES = CLASSES["intent_adjectives"]
READINESS_ADJECTIVES = CLASSES["readiness_adjectives"]
COMMITMENT_VERBS = CLASSES["commitment_verbs"]
ANTICIPATION_VERBS = CLASSES["anticipation_verbs"]
ANTICIPATION_ADVERBS = CLASSES["anticipation_adverbs"]
SCHEDULE_COPULAS = CLASSES["schedule_copulas"]
PLAN_SUBJECTS = CLASSES["plan_subjects"]
NOT_YET_ADVERBS = CLASSES["not_yet_adverbs"]
RANK_WORDS = CLASSES["rank_words"]
RANKING_COPULAS = CLASSES["ranking_copulas"]
SCHEDULE_PASSIVES = CLASSES["schedule_passives"]
TRAVEL_VERBS = CLASSES["travel_verbs"]
MEETING_PURPOSES = CLASSES["meeting_purposes"]
REFUSAL_VERBS = CLASSES["refusal_verbs"]
NEGATIVE_CONTROL = CLASSES["negative_control"]
CESSATION_VERBS = CLASSES["cessation_verbs"]
STANCE_VERBS = CLASSES["stance_verbs"]
IMPLICATIVE_VERBS = CLASSES["implicative_verbs"]
CONTINUING_VERBS = CLASSES["continuing_verbs"]
GOING_VERBS = CLASSES["going_verbs"]
HOPE_VERBS = CLASSES["hope_verbs"]
DECISION_VERBS = CLASSES["decision_verbs"]
PERFORMED_PURPOSES = CLASSES["performed_purposes"]
ORDERING_VERBS = CLASSES["ordering_verbs"]
NOUN_INTENT_GOVERNORS = (INTENT_VERBS - CLASSES["audience_verbs"]) | CLASSES[
    "noun_intent_governors"
]
REPORTING_VERBS = CLASSES["reporting_verbs"]
ALLEGING_VERBS = CLASSES["alleging_verbs"]
CONTENDING_VERBS = CLASSES["contending_verbs"]
ALLEGED_ADVERBS = CLASSES["alleged_adverbs"]
POSSIBILITY_ADVERBS = CLASSES["possibility_adverbs"]
REPORT_NOUNS = CLASSES["report_nouns"]
FALSITY_ADJECTIVES = CLASSES["falsity_adjectives"]
RETRACTION_VERBS = CLASSES["retraction_verbs"]
DENIAL_VERBS = CLASSES["denial_verbs"]
ALLEGATION_NOUNS = CLASSES["allegation_nouns"]
BELIEF_VERBS = CLASSES["belief_verbs"]
OPPOSING_VERBS = CLASSES["opposing_verbs"]
MANDATIVE_VERBS = CLASSES["mandative_verbs"]
WARN_VERBS = CLASSES["warn_verbs"]
AIMING_VERBS = CLASSES["aiming_verbs"]
AIMING_PREPS = CLASSES["aiming_preps"]
SPEECH_PARTICIPLES = CLASSES["speech_participles"]
DECISION_NOUNS = CLASSES["decision_nouns"]
INTENT_NOUNS = CLASSES["intent_nouns"]
INTENT_STATING_VERBS = CLASSES["intent_stating_verbs"]
REFUSAL_NOUNS = CLASSES["refusal_nouns"]
CONTROL_NOUNS = DECISION_NOUNS | INTENT_NOUNS | REFUSAL_NOUNS
FUTURE_MODIFIERS = CLASSES["future_modifiers"]
PROSPECT_NOUNS = CLASSES["prospect_nouns"]
LEAD_UP_FRAMES = CLASSES["lead_up_frames"]
DISTANCE_WORDS = CLASSES["distance_words"]
DISTANCE_PREPS = CLASSES["distance_preps"]
CIRCUMSTANCE_PREPS = CLASSES["circumstance_preps"]
GIVEN_TIME_PREPS = CLASSES["given_time_preps"]
PAST_TIME_PREPS = CLASSES["past_time_preps"]
TOPIC_PREPS = CLASSES["topic_preps"]
CONDITIONAL_MARKS = CLASSES["conditional_marks"]
TIME_MARKS = CLASSES["time_marks"]
AS_TIME_ADVERBS = CLASSES["as_time_adverbs"]
SCHEDULE_AUX = CLASSES["schedule_aux"]
PAST_DATE_WORDS = CLASSES["past_date_words"]
TIME_UNITS = CLASSES["time_units"]
NEXT_WORDS = CLASSES["next_words"]
PREPARING_VERBS = CLASSES["preparing_verbs"]
PRESUPPOSING_VERBS = CLASSES["presupposing_verbs"]
ANSWERING_VERBS = CLASSES["answering_verbs"]
ANSWERED_REQUESTS = CLASSES["answered_requests"]
GIVEN_MODIFIERS = CLASSES["given_modifiers"]
REACTION_NOUNS = CLASSES["reaction_nouns"]
ACCOUNT_NOUNS = CLASSES["account_nouns"]
PART_NOUNS = CLASSES["part_nouns"]
REACTING_VERBS = CLASSES["reacting_verbs"]
DATE_PREPS = CLASSES["date_preps"]
DONE_PARTICIPLES = CLASSES["done_participles"]
CONCESSIVE_PREPS = CLASSES["concessive_preps"]
CONCESSIVE_NOUNS = CLASSES["concessive_nouns"]
TOPIC_VERBS = CLASSES["topic_verbs"]
SCHEDULE_NOUNS = CLASSES["schedule_nouns"]
ABILITY_ADJECTIVES = CLASSES["ability_adjectives"]
INABILITY_ADJECTIVES = CLASSES["inability_adjectives"]

# Grammar, not words: dependency labels and relations.
SUBJECTS = ("nsubj", "nsubjpass")
# Arguments whose "no" determiner denies their verb's act.
NO_DET_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "dative"})
TIME_ADVERBIALS = frozenset({"npadvmod", "tmod", "advmod", "pobj", "prep"})
# Relations a preparation does not yet do: material conflict. (Preparing an invasion is itself
# a mobilization, CAMEO 154; preparing talks is an intent, CAMEO 036.)
PREPARED_RELATIONS = frozenset({"ATTACKS", "COERCES", "SANCTIONS", "PROTESTS"})
# Relations a dated simple present puts on a schedule ("visits Cuba in March"); in others the
# present is a stance ("who Ankara blames for a coup in July": the date is the coup's).
SCHEDULED_RELATIONS = frozenset({"MEETS", "VISITS", "NEGOTIATES_WITH"})
