package io.newsflow.enrich.entities;

import static io.newsflow.enrich.entities.TokenSpans.titleCase;
import static io.newsflow.enrich.entities.TokenSpans.union;
import static io.newsflow.enrich.entities.TokenSpans.wordSet;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The word sets and patterns that several groups of the entity rules share: legal forms and last words of
 * companies and bodies, titles and roles of people, the suffixes of places, demonyms, directions and the like.
 * Constants only; immutable and thread-safe.
 */
final class NameWords {

    private NameWords() {
    }

    /** Legal forms of companies: after a company's known name, the same company ("Siemens AG", "Fiat SpA"). */
    static final Set<String> LEGAL_FORMS = wordSet("Inc", "Inc.", "Corp", "Corp.", "Co", "Co.", "Cos", "Ltd",
            "Ltd.", "Plc", "PLC", "plc", "LLC", "AG", "SA", "NV", "SpA", "GmbH", "KGaA", "BV", "AB", "ASA", "Oyj",
            "Bhd", "Pty", "Proprietary", "Tbk", "Oy", "Ltda", "Srl", "SARL", "S.A.", "N.V.", "S.p.A.", "LLP");

    /** Last words of companies' names: "ANZ Bank", "Cathay Pacific Airways". */
    static final Set<String> COMPANY_LAST_WORDS = wordSet("Bank", "Group", "Groupe", "Gruppe", "Holdings",
            "Airlines", "Airways", "Motors", "Industries", "Brothers", "Partners");

    /**
     * Industries that end companies' names and no person's: "Bre-X Minerals", "Western Mining", "Pasminco Metals",
     * "Ssangyong Motor". Not words that are also surnames ("Steel", "Gold"), nor "Software" and "Foods", which end
     * many web pages' headings ("Project Management Software", "Healthy Foods").
     */
    static final Set<String> INDUSTRIES = wordSet("Minerals", "Mining", "Mines", "Metals", "Chemicals", "Explorations",
            "Shipping", "Textiles", "Coal", "Electricity", "Cement", "Tobacco", "Plastics", "Motor", "Chemical",
            "Electric", "Shipbuilding", "Semiconductor", "Aerospace");

    /** Last words of institutions' names, and the legal forms of companies. */
    static final Set<String> ORG_SUFFIXES = union(LEGAL_FORMS, wordSet("Ministry", "Ministries", "Agencies",
            "Council", "Agency", "Commission", "Department", "Committee", "Company", "Corporation", "Group", "Bank",
            "University", "Institute", "Association", "Foundation", "Party", "Office", "Service", "Court", "Assembly",
            "Organization", "Organisation", "Authority", "Bureau", "Federation", "Union", "Network", "Broadcasting",
            "Pictures", "Times", "Post", "Airlines", "Airways", "Motors", "Electronics", "Fund", "Forum",
            "Administration", "Police", "Coalition", "Alliance", "Church", "School", "College", "Hospital", "Center",
            "Centre", "Brothers", "Bros.", "Re", "Holdings", "Club", "FC", "Trust", "Board", "Congress", "Parliament",
            "Senate", "Army", "Navy", "Exchange", "Industries", "Insurance", "Securities", "Partners", "Capital",
            "Press", "News", "Journal", "Herald", "Tribune", "Telegraph", "Gazette", "Magazine", "Records", "Studios",
            "Energy", "Oil", "Petroleum", "Telecom", "Communications", "Systems", "Technologies", "Airport", "Front",
            "Movement", "League", "Society", "Academy", "Museum", "Commissioner", "Cabinet", "Tribunal", "Force",
            "Forces", "Guard", "Brigade", "Battalion", "Command", "Division", "Unit", "Team", "United", "Rovers",
            "Library", "Zoo", "Laboratories", "Pharma", "Pharmaceuticals", "Corps", "Brotherhood", "Orchestra",
            "Radio", "Television", "Democrats", "Socialists", "Communists", "Ferries", "Breweries", "Unity",
            "International", "Groupe", "Gruppe", "Properties", "Realty", "Bancorp", "Bankcorp", "Bancshares",
            "Bankshares", "Constabulary", "Enterprises", "Ventures", "Industrie", "Zeitung", "Shimbun", "Gazeta",
            "Ilbo", "Dagblad", "Dagbladet", "Handelsblad", "Nyheter", "Noviny", "Sanomat", "Tidende", "Consortium",
            "Syndicate", "Directorate", "Secretariat", "Inspectorate", "Institution", "Observatory", "Fleet"));

    /** First words of organisation names when "of" follows ("Office of Fair Trading", "Bank of Japan"). */
    static final Set<String> ORG_HEADS = wordSet("Ministry", "Department", "Office", "Bank", "University",
            "Institute", "Council", "Commission", "Committee", "Board", "Federation", "Union", "Association",
            "League", "Party", "Church", "Court", "House", "Chamber", "Bureau", "Agency", "Academy", "Society",
            "Organization", "Organisation", "Museum", "College", "School", "Secretariat");

    /**
     * Heads of the names of schools and the like, which a benefactor's name may open: "the Ross School of Business",
     * "the Courtauld Institute of Art".
     */
    static final Set<String> NAMED_INSTITUTIONS = wordSet("School", "College", "Institute", "Academy", "Museum",
            "University", "Library");

    static final Set<String> LOC_SUFFIXES = wordSet("Street", "Road", "Avenue", "Square", "Lane", "River",
            "Lake", "Mountains", "Mountain", "Island", "Islands", "Sea", "Ocean", "Valley", "Bay", "Gulf",
            "Peninsula", "County", "Province", "Region", "Strait", "Canal", "Desert", "Coast", "Heights", "Hills",
            "Basin", "Plateau", "Delta", "Parish", "District", "Territory", "Boulevard", "Highway", "Falls");

    /** Of {@link #FACILITIES}, the grounds, airports and tunnels, which are places whatever the model says. */
    static final Set<String> VENUES = wordSet("Stadium", "Arena", "Airport", "Ground", "Oval", "Tunnel");

    /** Last words of buildings and grounds: "Wembley Stadium", "Hyde Park", a place where the model found nothing. */
    static final Set<String> FACILITIES = wordSet("Airport", "Stadium", "Arena", "Bridge", "Station", "Park",
            "Palace", "Cathedral", "Castle", "Harbour", "Harbor", "Beach", "Tower", "Gardens", "Abbey", "Mosque",
            "Temple", "Prison", "Ground", "Oval", "Tunnel");

    static final Set<String> TITLES = wordSet("President", "Ambassador", "Amb.", "Minister", "Secretary",
            "Envoy", "Representative", "Senator", "Sen.", "Rep.", "Governor", "Gov.", "Mayor", "Chairman",
            "Chairwoman", "Chair", "Leader", "Director", "Spokesman", "Spokeswoman", "Spokesperson", "General",
            "Gen.", "Premier", "Chancellor", "Prince", "Princess", "Pope", "Judge", "Justice", "Commissioner",
            "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Professor", "Lt.", "Col.", "Capt.", "Sgt.", "Adm.", "Vice",
            "Deputy", "Prime", "Chief", "Special", "Sir", "Dame", "Lord", "Lady", "Rev.", "Father", "Sister",
            "Mr", "Mrs", "Ms", "Dr", "King", "Queen", "Emperor", "Sheikh", "Headteacher", "Headmaster",
            "Headmistress", "Councillor", "Councilman", "Councilwoman", "Coach", "Manager", "Captain", "Inspector",
            "Detective", "Officer", "Constable", "Sergeant", "Lieutenant", "Colonel", "Major", "Admiral",
            "Commander", "Bishop", "Archbishop", "Cardinal", "Pastor", "Rabbi", "Imam", "Ayatollah", "Executive",
            "CEO", "Founder", "Chairperson", "Superintendent", "Marshal", "Attorney", "Prosecutor", "Defender",
            "Striker", "Midfielder", "Goalkeeper", "Forward", "Veteran", "Champion", "Singer", "Actor", "Actress",
            "Author", "Writer", "Historian", "Analyst", "Economist", "Cllr", "Cllr.", "Gov", "Nurse",
            "Teacher", "Principal", "Provost", "Speaker", "Magistrate", "Chef", "Pilot", "Mother", "Managing",
            "Sheriff", "Taoiseach", "Referee", "Umpire", "Congressman", "Congresswoman", "Assemblyman",
            "Assemblywoman",
            "Secretary-General", "Director-General", "Attorney-General", "Solicitor-General", "Governor-General",
            "Vice-President", "Vice-Premier", "Vice-Chairman", "Vice-Chancellor", "Brigadier", "Brig.", "Maj.",
            "Commodore", "Corporal", "Cpl.", "Lawyer", "Solicitor", "Barrister", "Brigadier-General",
            "Major-General", "Lieutenant-General", "Lieutenant-Colonel", "Vice-Admiral", "Rear-Admiral",
            "Field-Marshal", "Editor", "Commander-in-Chief", "Commander-in-chief", "Subcommander", "Patriarch",
            "Mufti", "Monsignor", "Msgr.", "Reverend", "Abbot", "Chaplain", "Archdeacon", "Begum", "Mullah", "Maulana",
            "Sheik");

    /**
     * Titles written right before a surname alone ("President Clinton", "Chancellor Kohl"), unlike the first
     * words of longer titles ("General", "Chief", "Vice", "Deputy") and job names ("Singer", "Striker").
     */
    static final Set<String> SURNAME_TITLES = wordSet("President", "Minister", "Secretary", "Senator", "Sen.", "Rep.",
            "Governor", "Gov.", "Mayor", "Chancellor", "Premier", "Prince", "Princess", "Pope", "Judge", "Justice",
            "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Professor", "Sir", "Dame", "Lord", "Lady", "Rev.", "Mr", "Mrs", "Ms",
            "Dr", "King", "Queen", "Emperor", "Sheikh", "Ayatollah", "Cardinal", "Bishop", "Archbishop", "Rabbi",
            "Imam", "Patriarch", "Monsignor", "Abbot", "Chairman", "Chairwoman", "Sheriff", "Taoiseach", "Congressman",
            "Congresswoman", "Ambassador", "Speaker", "Lt.", "Col.", "Capt.", "Sgt.", "Adm.", "Gen.", "Colonel",
            "Lieutenant", "Sergeant", "Admiral", "Inspector", "Detective", "Secretary-General", "Director-General",
            "Attorney-General", "Governor-General", "Vice-President", "Vice-Premier", "Brigadier", "Brig.", "Maj.",
            "Commodore", "Corporal", "Cpl.", "Brigadier-General", "Major-General", "Lieutenant-General",
            "Lieutenant-Colonel", "Vice-Admiral", "Rear-Admiral", "Field-Marshal", "Begum", "Mullah", "Maulana",
            "Sheik");

    /**
     * Lower-case words that, right before a capitalised span, make it a person ("North Korean leader Kim Jong Un",
     * "chief of staff Leon Panetta").
     */
    static final Set<String> TITLE_WORDS_BEFORE = wordSet("leader", "envoy", "ambassador", "minister",
            "president", "spokesman", "spokeswoman", "spokesperson", "secretary", "chairman", "director", "official",
            "lawmaker", "senator", "governor", "mayor", "chief", "head", "premier", "chancellor", "dictator", "actor",
            "actress", "singer", "coach", "player", "author", "writer", "professor", "judge", "prosecutor",
            "headteacher", "teacher", "striker", "captain", "manager", "councillor", "economist", "analyst",
            "staff", "champion", "qualifier", "seed", "compatriot", "team-mate", "teammate", "midfielder", "defender",
            "goalkeeper", "winger", "forward", "batsman", "bowler", "driver", "rider", "golfer", "sprinter", "boxer",
            "executive", "officer", "founder", "adviser", "advisor", "aide", "commander", "negotiator", "chairwoman",
            "commissioner", "candidate", "lawyer", "attorney", "editor", "correspondent", "deputy", "challenger",
            "opponent", "banker", "businessman", "businesswoman", "tycoon", "magnate", "billionaire", "activist",
            "dissident", "cleric", "nominee", "astronaut", "cosmonaut", "explorer", "scientist", "physicist", "poet",
            "novelist", "composer", "painter", "artist", "producer", "journalist", "reporter", "photographer",
            "playwright", "philosopher", "statesman", "swimmer", "cyclist", "skier", "jockey", "priest", "member",
            "legislator", "delegate", "representative", "trader", "dealer", "strategist", "broker", "speaker",
            // other callings, and kin ("historian Pierre de Marca", "magistrate Jean-Marc Connerotte", "his wife
            // Hillary"): not those that also name companies ("chemist Boots", "engineer ABB", "investor Fidelity")
            // nor verbs ("might witness Plum Blossom", "analysts suspect Microsoft")
            "historian", "magistrate", "investigator", "detective", "inspector", "sheriff", "diplomat", "mediator",
            "bishop", "archbishop", "cardinal", "rabbi", "imam", "pastor", "monk", "nun", "preacher", "missionary",
            "surgeon", "doctor", "physician", "architect", "inventor", "financier", "industrialist", "entrepreneur",
            "chef", "pilot", "guitarist", "drummer", "bassist", "pianist", "violinist", "cellist", "conductor",
            "tenor", "soprano", "rapper", "comedian", "dancer", "choreographer", "filmmaker", "screenwriter",
            "sculptor", "cartoonist", "columnist", "commentator", "critic", "biographer", "archaeologist",
            "sociologist", "psychologist", "psychiatrist", "pollster", "mathematician", "biologist", "athlete",
            "runner", "gymnast", "wrestler", "rower", "sailor", "yachtsman", "skater", "climber", "mountaineer",
            "referee", "umpire", "trainer", "pitcher", "quarterback", "outfielder", "shortstop", "defendant",
            "widow", "wife", "husband", "son", "daughter", "brother", "sister", "nephew", "niece", "cousin",
            "grandson", "granddaughter", "girlfriend", "boyfriend");

    /**
     * Last words of places and buildings that end no person's name: the model's person "Harlan City" or "Carter Gym"
     * is a place (not words that are also common surnames: "Hall", "Tower", "Castle", "Park").
     */
    static final Set<String> PLACE_LAST_WORDS = wordSet("City", "Town", "Township", "Village", "Borough",
            "Stadium", "Arena", "Airport", "Station", "Gym", "Bridge", "Cathedral", "Palace", "Harbour", "Harbor",
            "Beach");

    /**
     * Last words of a sporting event's name, which is neither a body nor a place: "U.S. Open", "Davis Cup" ("Games"
     * ends companies' names too: "Epic Games"), of a series' ("the Singer World Series") and of a war's ("World War
     * Two", "the Gulf War").
     */
    static final Set<String> EVENT_LAST_WORDS = wordSet("Open", "Cup", "Trophy", "Championship",
            "Championships", "Olympics", "Prix", "Series", "Invitational", "War", "Classic", "Masters", "Marathon",
            "Rally", "Tournament");

    /**
     * Last words of the names of meetings and of the bodies named after them, which end no person's name: "Rocky
     * Mountain Information Security Conference", "All Parties Hurriyat Conference", "Earth Summit".
     */
    static final Set<String> MEETINGS = wordSet("Conference", "Summit", "Convention", "Symposium", "Expo");

    /**
     * Last words of the names of things made, enacted or held, which end no person's name (though a person's name
     * may open them): "James Webb Space Telescope", "Clean Air Act", "Glastonbury Festival", "Grace Hopper
     * Program"; prizes are {@link NameClassifier#PRIZES}.
     */
    static final Set<String> WORKS = wordSet("Telescope", "Satellite", "Spacecraft", "Probe", "Rover", "Rocket",
            "Act", "Bill", "Treaty", "Accord", "Accords", "Amendment", "Festival", "Index", "Program", "Programme",
            "Project", "Initiative", "Scholarship", "Fellowship");

    /**
     * Of {@link #WORKS}, the last words of laws and agreements, which end no name of a body or a place either: "the
     * Finance Bill", "the Paris Accord", "the Clean Air Act".
     */
    static final Set<String> LAWS = wordSet("Act", "Bill", "Treaty", "Accord", "Accords", "Amendment");

    /** Words of rankings that open a review's headings, no person's name: "Best Front-Load Washer:". */
    static final Set<String> RANKINGS = wordSet("Best", "Top", "Worst", "Cheapest", "Fastest", "Greatest");

    /** Lower-case words that, right before one capitalised word, make it a place ("near Goma"), not a person. */
    static final Set<String> PLACE_WORDS_BEFORE = wordSet("near", "outside", "towards", "toward");

    /** Lower-case words before "of" and a place's name: "the town of Timika", "the province of Tarvik". */
    static final Set<String> SETTLEMENTS = wordSet("town", "city", "village", "port", "island", "district",
            "province", "region", "county", "suburb", "township", "enclave", "resort", "municipality", "settlement",
            "state", "kingdom", "republic", "territory", "capital", "hamlet", "emirate", "commune", "slum",
            "shantytown", "neighbourhood", "neighborhood");

    /** What a "Board of ..." of any company or school is: "Board of Directors", "Board of Trustees". */
    static final Set<String> GENERIC_BODIES = wordSet("Directors", "Trustees", "Governors");

    /**
     * A known spelling's vote for its type in a document, where a mention the model or a rule found has 1: it
     * outweighs them all, and a name's votes of this much or more say a list knows it.
     */
    static final int KNOWN_VOTE = 100;

    /**
     * Words that open a sentence before a name and are none of it: "Former Senate leader Bob Dole", "Ousted
     * Indonesian Democratic Party leader Megawati Sukarnoputri".
     */
    static final Set<String> FORMER = wordSet("Former", "Outgoing", "Incoming", "Acting", "Then", "Ousted",
            "Jailed", "Exiled", "Deposed", "Disgraced", "Embattled", "Beleaguered", "Detained", "Imprisoned",
            "Indicted", "Convicted", "Slain", "Murdered", "Assassinated", "Kidnapped", "Retired", "Sacked",
            "Dismissed", "Suspended", "Banned", "Outlawed", "Ailing", "Troubled", "Veteran", "Newly", "Defeated");

    /** A surname with the Arabic article: "al-Bashir", "el-Sisi". */
    static final Pattern ARABIC_ARTICLE = Pattern.compile("(?:al|el)-\\p{Lu}\\p{L}+");

    /** Who speaks or works for a company, before "for" or "at" and its name: "a spokesman for", "analysts at". */
    static final Set<String> EMPLOYEES = wordSet("spokesman", "spokeswoman", "spokesperson", "analyst",
            "analysts", "economist", "economists", "strategist", "strategists", "trader", "traders", "dealer",
            "dealers", "executive", "executives");

    /** Words before a name that make it a company's: "shares in Lonrho", "a stake in Acme". */
    static final Set<String> SHARES = wordSet("shares", "stake", "stakes");

    /** What stands between a batsman's name and the bowler's on a scorecard, besides the fielder's name. */
    static final Set<String> SCORECARD_MARKS = wordSet("c", "st", "lbw", "and", ".");

    /** A heading or an introduction of a block of results: "Results of English premier league matches on Saturday:". */
    static final Pattern RESULTS_HEADING = Pattern.compile(
            "(?i)\\b(?:results?|scores|matches|fixtures|league|cup|division|round|championship|games)\\b");

    static final Set<String> CONNECTORS = wordSet("of", "for", "the", "and", "de", "van", "von", "al", "on",
            "&", "bin", "da", "du", "del", "der", "den", "la", "le");

    static final Set<String> MONTH_NAMES = wordSet("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");

    static final Set<String> WEEKDAYS = wordSet("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday");

    /** Capitalised only because they open a sentence or a heading, or never names on their own. */
    static final Set<String> NOT_NAMES = union(union(MONTH_NAMES, WEEKDAYS), wordSet("The", "A", "An", "In", "On", "At",
            "Last", "Also", "But", "However", "Under", "Earlier", "During", "According", "This", "That", "These",
            "Those", "It", "He", "She", "They", "We", "Our", "Its", "His", "Her", "Their", "After", "Before", "As",
            "For", "From", "With", "While", "When", "If", "Absent", "Investment", "Respect", "Among", "Following",
            "Until", "Since", "Some", "Many", "Most", "Other", "Both", "Each", "Every", "No", "Not", "Yes", "Then",
            "There", "Here", "What", "Why", "How", "Who", "Where", "Which", "And", "Or", "So", "Yet", "Now", "FILE",
            "Breaking", "News", "Send", "To", "By", "Get", "Latest", "Posts", "Share", "Read", "More", "Direct", "Link",
            "I", "I'm", "I've", "I'll", "I'd", "I’m", "I’ve", "I’ll", "I’d", "You", "My", "Your", "Mr", "Mrs", "Ms",
            "Dr", "Sir", "God", "Christmas", "Easter", "Internet", "Web", "Today", "Tonight", "Yesterday", "Tomorrow",
            "Photo", "Video", "Watch", "Update", "Live", "Do", "Does", "Did", "Hey", "Hi", "Hello", "Please", "Thanks",
            "Thank", "Let", "Rival", "Rivals", "Rebels", "Insurgents", "Militants", "Guerrillas", "Protesters",
            "Demonstrators", "Officials", "Analysts", "Traders", "Dealers", "Witnesses", "Residents", "Troops",
            "Soldiers", "MPs", "MEPs", "MSPs", "Lawmakers", "Legislators"));

    /** People's adjectives that are not a place's name plus an ending ("Chinese", not "China" + "ese"). */
    static final Set<String> DEMONYMS = wordSet("Chinese", "Japanese", "British", "French", "German",
            "Germans", "Korean", "Koreans", "Dutch", "Swiss", "Turkish", "Cypriot", "Cypriots", "Spanish", "Polish",
            "Danish", "Swedish", "Irish", "Scottish", "English", "Welsh", "Vietnamese", "Lebanese", "Pakistani",
            "Israeli", "Israelis", "Afghan", "Thai", "Filipino", "Greek", "Greeks", "Czech", "Arab", "Arabs",
            "Kurdish", "Kurds", "Palestinian",
            "Palestinians", "European", "Europeans", "Western", "Muslim", "Muslims", "Christian", "Christians",
            "Jewish", "Jews", "Catholic", "Islamic", "Soviet", "Democrat", "Democrats", "Republican", "Republicans",
            "Scots", "Serb", "Serbs", "Croat", "Croats", "Bosnian", "Bosnians", "Portuguese", "Burmese", "Sudanese",
            "Somali", "Norwegian", "Finnish", "Flemish", "Basque", "Sikh", "Hindu", "Shiite", "Sunni", "Sufi", "Asian",
            "African", "Latin", "Arabic", "Persian", "Yemeni", "Saudi", "Kuwaiti", "Omani", "Qatari", "Emirati",
            "Uzbek", "Uzbeks", "Kazakh", "Kazakhs", "Tajik", "Tajiks", "Kyrgyz", "Turkmen", "Turkmens", "Chechen",
            "Chechens", "Philippine", "Filipinos", "Panamanian", "Panamanians", "Montenegrin", "Montenegrins",
            "Mozambican", "Mozambicans",
            // faiths: "the Moslem organisation Nahdlatul Ulama"
            "Moslem", "Moslems", "Protestant", "Protestants", "Buddhist", "Buddhists", "Catholics", "Islamist",
            "Islamists", "Maronite", "Maronites", "Coptic", "Copts",
            // peoples with no country of their name: "Hutu rebels", "Tamil refugees"
            "Hutu", "Hutus", "Tutsi", "Tutsis", "Pashtun", "Pashtuns", "Tamil", "Tamils", "Uighur", "Uighurs",
            "Uyghur", "Uyghurs", "Zulu", "Zulus", "Bedouin", "Bedouins", "Druze", "Alawite", "Alawites", "Shi'ite",
            "Shi'ites", "Shiites", "Sunnis", "Sikhs", "Hindus", "Maori", "Inuit", "Rohingya", "Yazidi", "Yazidis",
            "Hazara", "Hazaras", "Baluch", "Kashmiri", "Kashmiris", "Berber", "Berbers",
            // people of a country, named otherwise than its adjective: "Swede Stefan Edberg"
            "Swede", "Swedes", "Dane", "Danes", "Finn", "Finns", "Pole", "Poles", "Briton", "Britons", "Spaniard",
            "Spaniards", "Frenchman", "Frenchwoman", "Dutchman", "Englishman", "Scotsman", "Welshman", "Irishman",
            "Turk", "Turks", "Scot", "Slovak", "Slovaks", "Slovene", "Slovenes", "Icelander", "Icelanders",
            "Luxembourger", "Azeri", "Azeris", "Kiwi", "Aussie",
            // regions' peoples named otherwise than the region: "Catalan leader Jordi Pujol"
            "Catalan", "Catalans", "Walloon", "Walloons", "Breton", "Bretons", "Cornish",
            // followers of a leader, as a party's adjective: "the Gaullist RPR"
            "Gaullist", "Gaullists",
            // languages named otherwise than a people or place: "a Hindi channel"
            "Hindi", "Urdu", "Swahili", "Tagalog", "Mandarin", "Hebrew", "Yiddish", "Farsi", "Pashto", "Amharic",
            "Sanskrit", "Gaelic");

    /** Acronyms that are no organisation's name ("the CEO", "the GDP"). */
    static final Set<String> COMMON_ACRONYMS = wordSet("CEO", "CFO", "COO", "GDP", "GNP", "TV", "PC", "AI",
            "DNA", "RNA", "HIV", "AIDS", "COVID", "IPO", "VAT", "FAQ", "PDF", "URL", "ID", "OK", "FM", "AM", "PM", "MP",
            "CD", "DVD", "SUV", "GMT", "UTC", "EST", "PST", "BST", "CET", "AGM", "LLC", "PLC", "USD", "EUR", "GBP",
            "JPY", "CPI", "PPI", "GPS", "SMS", "MVP", "LED", "LCD", "USB", "IQ", "ICU", "ER", "UFO", "RPG", "VIP",
            "API", "HTML", "HTTP", "HTTPS", "CSS", "JSON", "XML", "SQL", "CSV", "CPU", "GPU", "RAM", "SSD", "HDD",
            "OLED", "HDMI", "VPN", "DNS", "IP", "UI", "UX", "SEO", "CRM", "ERP", "KPI", "ROI", "LLM", "ML", "IT", "HR",
            "HVAC", "DIY", "DJ", "MBA", "CPA", "ATM", "PIN", "QR", "NFT", "VR", "EV", "HD", "HDR", "RSS", "SDK", "OS",
            "IoT", "AC", "PPC", "UGC", "CTA", "B2B", "B2C", "SaaS", "ESG", "NFC", "RFID", "CMS", "SMB", "CBD", "THC",
            "ADHD", "PTSD", "OTC", "APR", "CPC", "CPM", "CTR", "SERP", "ROAS", "CAC", "MRR", "ARR", "OKR", "SLA", "QA",
            "LTE", "GDPR", "HIPAA", "CCPA", "PMP", "CISSP", "ORM", "LAN", "WAN", "ABS", "PCB", "DSLR", "SDLC", "RL",
            "MCP", "SSL", "TLS", "OCR", "NLP", "GAN", "RAG", "AGI", "ETF", "SKU", "POS", "CRO", "EIN", "HSA");

    /** Armed groups' members: "Tamil Tiger rebels", "Hezbollah guerrillas" name a group, not a person. */
    static final Set<String> FIGHTERS = wordSet("rebels", "rebel", "guerrillas", "guerrilla", "militants",
            "militant", "insurgents", "separatists", "fighters", "militiamen", "gunmen");

    /** Players' positions in a team: "Juventus midfielder", "Essex batsman". */
    static final Set<String> POSITIONS = wordSet("striker", "midfielder", "goalkeeper", "defender", "winger",
            "batsman", "bowler", "all-rounder", "quarterback", "pitcher");

    /** Words after a place that make it a team: "Leicestershire beat Somerset", "Essex captain Paul Prichard". */
    static final Set<String> TEAM_AFTER = union(POSITIONS, wordSet("beat", "beats", "drew", "defeated",
            "thrashed", "edged", "routed", "v", "vs", "vs.", "captain", "skipper", "coach", "manager", "opener"));

    /** A line's heading word before a colon and a list of goals' scorers ("Scorers: Vardeen 12, Holm 40"). */
    static final Set<String> SCORERS_HEADINGS = wordSet("Scorers", "Scorer", "Goalscorers", "Goalscorer",
            "Goals", "Scorers-");

    /** Verbs of a result, before the other side and the score: "Ajax beat Feyenoord 2-1". */
    static final Set<String> RESULT_VERBS = wordSet("beat", "beats", "defeated", "defeats", "thrashed", "edged",
            "routed", "downed", "upset", "ousted", "overcame");

    /** "Lyon v Paris": sides of a match, or of a comparison or a lawsuit. */
    static final Set<String> VERSUS = wordSet("v", "vs", "vs.");

    static final Set<String> DIRECTIONS = wordSet("North", "South", "East", "West", "Northern",
            "Southern", "Eastern", "Central", "Midwest");

    /** A player's transfer, between the clubs around it in a sports story: "Newcastle paid Blackburn". */
    static final Set<String> TRANSFER_VERBS = wordSet("paid", "pays", "sold", "sells", "bought", "buys",
            "joined", "joins", "rejoined", "signed", "signs", "transferred", "loaned", "released");

    /** What a player did for a club in a sports story: "signed for Newcastle", "scored for Ajax". */
    static final Set<String> PLAYED_FOR = wordSet("signed", "signs", "signing", "scored", "scores",
            "scoring", "played", "plays", "playing", "play", "appeared", "debut");

    /**
     * England's first-class cricket counties, and the short forms of scorecards: in a text of cricket they are the
     * sides, organisations ("title rivals Essex, Derbyshire and Surrey", "Kent made up for lost time").
     */
    static final Set<String> COUNTY_SIDES = wordSet("derbyshire", "durham", "essex", "glamorgan",
            "gloucestershire", "hampshire", "kent", "lancashire", "leicestershire", "middlesex", "northamptonshire",
            "nottinghamshire", "somerset", "surrey", "sussex", "warwickshire", "worcestershire", "yorkshire", "notts",
            "northants", "leics", "lancs", "glos", "worcs", "warwicks", "yorks", "hants");

    /** The counties as a text writes them: in title case or in capitals ("Essex", "ESSEX"). */
    static final Set<String> COUNTY_SPELLINGS = COUNTY_SIDES.stream()
            .flatMap(c -> java.util.stream.Stream.of(titleCase(c.toUpperCase(Locale.ROOT)), c.toUpperCase(Locale.ROOT)))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Words of a division's heading among results: "Premier league", "Division one", "American League". */
    static final Set<String> DIVISION_WORDS = wordSet("premier", "league", "division", "conference", "group",
            "pool", "one", "two", "three", "four", "first", "second", "third", "american", "national", "eastern",
            "western", "central", "northern", "southern", "atlantic", "pacific");

    /** A division's heading has one of these: "Premier league", not "West Ham". */
    static final Set<String> DIVISION_HEADS = wordSet("league", "division", "conference", "group", "pool");

    /** Words of a table's headings before its rows: "ATLANTIC DIVISION", "GROUP A", "EASTERN CONFERENCE". */
    static final Set<String> TABLE_HEADINGS = wordSet("DIVISION", "Division", "CONFERENCE", "Conference",
            "GROUP", "Group", "POOL", "Pool", "STANDINGS", "Standings", "TABLE", "Table");

    static final Pattern FRACTION = Pattern.compile("\\d+/\\d+");

    /**
     * A name's word of a particle, a hyphen and a capitalised word: "al-Jihad", "ut-Tahrir", "el-Islamiya"; not a
     * prefix's: "pro-Iranian", "non-Arab", "ex-Soviet", "mid-March".
     */
    static final Pattern HYPHENED_PARTICLE = Pattern.compile(
            "(?!(?:pro|non|pan|neo|ex|co|re|un|mid|pre|sub)-)\\p{Ll}{1,3}-\\p{Lu}\\p{L}+");

    /** Particles that are part of a person's name, and hardly of anything else's: "Ursula von der Leyen". */
    static final Set<String> NAME_PARTICLES = wordSet("von", "van", "der", "den", "ter", "ten", "zu", "bin", "ibn",
            "arap", "wa");

    /** Prepositions before a place: "born in Aringay, Pangasinan" lists places, not people. */
    static final Set<String> PLACE_PREPOSITIONS = wordSet("in", "at", "from", "near", "to", "into");

    /** Words before a name that say it is a place: "in San Sebastian , a spokesman for the police said". */
    static final Set<String> IN_A_PLACE = wordSet("in", "near", "outside");

    /** What stands between the items of a list of names. */
    static final Set<String> LIST_GLUE = wordSet(",", "and", "or");

    /** How a share's price moves in a market report: "Hutchison Whampoa lost 50 cents". */
    static final Set<String> PRICE_MOVES = wordSet("rose", "fell", "gained", "lost", "eased", "climbed",
            "dropped", "slipped", "jumped", "added", "shed", "firmed", "declined", "rallied", "tumbled", "slumped",
            "dipped", "advanced", "surged", "soared", "plunged", "edged");

    /** Titles' words that are surnames too ("John Major", "Jaime Mayor Oreja", "Larry King"). */
    static final Set<String> SURNAME_LIKE_TITLES = wordSet("Major", "Mayor", "King", "Prince", "Bishop",
            "Marshal", "Dean", "Judge");

    /** Sports a news headline names first, before a hyphen: "Athletics - Johnson sets world record". */
    static final Set<String> SPORTS = wordSet("Athletics", "Rugby", "Soccer", "Football", "Cricket",
            "Tennis", "Golf", "Cycling", "Boxing", "Skiing", "Motorcycling", "Basketball", "Baseball", "Hockey",
            "Swimming", "Rowing", "Sailing", "Yachting", "Snooker", "Badminton", "Squash", "Volleyball", "Handball",
            "Judo", "Wrestling", "Gymnastics", "Triathlon", "Racing", "Formula", "Rallying", "Skating", "Biathlon",
            "Fencing", "Darts", "Netball", "Weightlifting", "Canoeing", "Bobsleigh", "Luge", "Softball", "Lacrosse");

    /**
     * Cities whose names are common English words, which the lists leave out ("Nice to meet you", "a Mobile app"):
     * found only where a place is meant ({@link EntityExtractor#citiesOfCommonWords}).
     */
    static final Set<String> CITIES_OF_COMMON_WORDS = wordSet("Nice", "Split", "Mobile");

    /**
     * Words of bodies: the last words of those whose names an acronym abbreviates ("Movement for Democratic Change
     * (MDC)"), and the first words of those named by what they are for or of ("Front for the Liberation of Mali").
     */
    static final Set<String> BODIES = union(ORG_HEADS, wordSet("Front", "Movement", "Alliance", "Coalition",
            "Confederation",
            "Forum", "Congress", "Fund", "Army", "Forces", "Brigade", "Brigades", "Authority", "Administration",
            "Foundation", "Corporation", "Campaign", "Centre", "Center", "Trust", "Rally"));

    /** Prepositions before a place's name: "off Milford Haven", "in Fort Portal". */
    static final Set<String> PREPOSITIONS_OF_PLACE = union(PLACE_PREPOSITIONS, union(PLACE_WORDS_BEFORE,
            wordSet("off", "across")));

    /** Titles whose portfolio comes before them: "Petroleum Minister", "Energy Secretary". */
    static final Set<String> MINISTERS = wordSet("Minister", "Secretary", "Commissioner");

    /**
     * First words of parties', movements', banks', companies' and newspapers' names in other languages, which English
     * text keeps: "Parti Quebecois", "Bloc Quebecois", "Partido Popular", "Frente Amplio", "Banco Rio", "Compagnie
     * Generale", "Diario Financiero", "Jornal do Commercio", "Ejercito de Liberacion Nacional", "Izquierda Unida".
     */
    static final Set<String> FOREIGN_BODY_HEADS = wordSet("Parti", "Partido", "Partito", "Partei", "Bloc",
            "Frente", "Movimiento", "Movimento", "Mouvement", "Rassemblement", "Fronte", "Banco", "Banca", "Banque",
            "Banka", "Caja", "Caisse", "Compagnie", "Compania", "Companhia", "Societe", "Sociedad", "Societa", "Grupo",
            "Groupe", "Gruppo", "Empresas", "Industrias", "Compagnia", "Diario", "Jornal", "Folha", "Gazeta",
            "Gazzetta", "Corriere", "Giornale", "Gaceta", "Ejercito", "Ejército", "Exercito", "Esercito", "Armée",
            "Fuerzas", "Alianza", "Accion", "Acción", "Convergencia", "Izquierda", "Unidad", "Congreso",
            "Confederacion", "Confederación", "Federacion", "Federación", "Sindicato", "Asociacion", "Asociación",
            "Consejo", "Instituto", "Comision", "Comisión");

    /** Capitalised adjectives that open bodies' names before their head word: "National League for Democracy". */
    static final Set<String> BODY_ADJECTIVES = wordSet("National", "International", "Democratic", "Islamic",
            "Patriotic", "Revolutionary", "United", "Socialist", "Popular", "Liberal", "Federal", "Central", "Supreme",
            "Royal", "Free", "Grand", "General", "Arab", "African", "Asian", "European", "World", "Republican");
}
