-- Made by Scripts/make-store-fixture.sh with Cadre 10a3206 (schema version 6).
PRAGMA application_id = 1130456178;
PRAGMA user_version = 6;
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE cadre_migration (
    position INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    applied_at TEXT NOT NULL
);
INSERT INTO cadre_migration VALUES(1,'001-domain-model','2026-11-29T23:42:33Z');
INSERT INTO cadre_migration VALUES(2,'002-reference-data','2026-11-29T23:42:33Z');
INSERT INTO cadre_migration VALUES(3,'003-holidays','2026-11-29T23:42:33Z');
INSERT INTO cadre_migration VALUES(4,'004-attendance-keyed-by-enrollment-session','2026-11-29T23:42:33Z');
INSERT INTO cadre_migration VALUES(5,'005-event-dates-follow-sessions','2026-11-29T23:42:33Z');
INSERT INTO cadre_migration VALUES(6,'006-certificate-issue-date','2026-11-29T23:42:33Z');
CREATE TABLE setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO setting VALUES('lang','az');
INSERT INTO setting VALUES('demo','true');
CREATE TABLE ref_counter (
    kind TEXT PRIMARY KEY,
    next_value INTEGER NOT NULL CHECK (next_value > 0)
);
INSERT INTO ref_counter VALUES('venue',4);
INSERT INTO ref_counter VALUES('trainer',3);
INSERT INTO ref_counter VALUES('trainee',71);
CREATE TABLE profession (
    code TEXT PRIMARY KEY,
    label_az TEXT NOT NULL,
    label_en TEXT NOT NULL,
    label_ru TEXT NOT NULL,
    position INTEGER NOT NULL UNIQUE
);
INSERT INTO profession VALUES('judge','Hakim','Judge','Судья',1);
INSERT INTO profession VALUES('prosecutor','Prokuror','Prosecutor','Прокурор',2);
INSERT INTO profession VALUES('lawyer','Vəkil','Lawyer','Адвокат',3);
INSERT INTO profession VALUES('police-officer','Polis əməkdaşı','Police officer','Сотрудник полиции',4);
INSERT INTO profession VALUES('social-worker','Sosial işçi','Social worker','Социальный работник',5);
INSERT INTO profession VALUES('school-psychologist','Məktəb psixoloqu','School psychologist','Школьный психолог',6);
INSERT INTO profession VALUES('health-worker','Tibb işçisi','Health worker','Медицинский работник',7);
INSERT INTO profession VALUES('teacher','Müəllim','Teacher','Учитель',8);
INSERT INTO profession VALUES('journalist','Jurnalist','Journalist','Журналист',9);
INSERT INTO profession VALUES('local-administration','Yerli icra hakimiyyəti nümayəndəsi','Local administration representative','Представитель местной исполнительной власти',10);
INSERT INTO profession VALUES('volunteer','Könüllü','Volunteer','Волонтёр',11);
INSERT INTO profession VALUES('other','Digər','Other','Другое',12);
CREATE TABLE profession_alias (
    alias_key TEXT PRIMARY KEY,
    profession_code TEXT NOT NULL REFERENCES profession (code)
);
INSERT INTO profession_alias VALUES('judge','judge');
INSERT INTO profession_alias VALUES('hakim','judge');
INSERT INTO profession_alias VALUES('судья','judge');
INSERT INTO profession_alias VALUES('hakimler','judge');
INSERT INTO profession_alias VALUES('judges','judge');
INSERT INTO profession_alias VALUES('судьи','judge');
INSERT INTO profession_alias VALUES('prosecutor','prosecutor');
INSERT INTO profession_alias VALUES('prokuror','prosecutor');
INSERT INTO profession_alias VALUES('прокурор','prosecutor');
INSERT INTO profession_alias VALUES('prokurorluq','prosecutor');
INSERT INTO profession_alias VALUES('прокуратура','prosecutor');
INSERT INTO profession_alias VALUES('lawyer','lawyer');
INSERT INTO profession_alias VALUES('vekil','lawyer');
INSERT INTO profession_alias VALUES('адвокат','lawyer');
INSERT INTO profession_alias VALUES('huquqsunas','lawyer');
INSERT INTO profession_alias VALUES('advokat','lawyer');
INSERT INTO profession_alias VALUES('attorney','lawyer');
INSERT INTO profession_alias VALUES('юрист','lawyer');
INSERT INTO profession_alias VALUES('police officer','police-officer');
INSERT INTO profession_alias VALUES('polis emekdasi','police-officer');
INSERT INTO profession_alias VALUES('сотрудник полиции','police-officer');
INSERT INTO profession_alias VALUES('polis','police-officer');
INSERT INTO profession_alias VALUES('police','police-officer');
INSERT INTO profession_alias VALUES('полиция','police-officer');
INSERT INTO profession_alias VALUES('полицейский','police-officer');
INSERT INTO profession_alias VALUES('social worker','social-worker');
INSERT INTO profession_alias VALUES('sosial isci','social-worker');
INSERT INTO profession_alias VALUES('социальный работник','social-worker');
INSERT INTO profession_alias VALUES('sosial isciler','social-worker');
INSERT INTO profession_alias VALUES('social work','social-worker');
INSERT INTO profession_alias VALUES('соцработник','social-worker');
INSERT INTO profession_alias VALUES('school psychologist','school-psychologist');
INSERT INTO profession_alias VALUES('mekteb psixoloqu','school-psychologist');
INSERT INTO profession_alias VALUES('школьный психолог','school-psychologist');
INSERT INTO profession_alias VALUES('psixoloq','school-psychologist');
INSERT INTO profession_alias VALUES('psychologist','school-psychologist');
INSERT INTO profession_alias VALUES('психолог','school-psychologist');
INSERT INTO profession_alias VALUES('health worker','health-worker');
INSERT INTO profession_alias VALUES('tibb iscisi','health-worker');
INSERT INTO profession_alias VALUES('медицинский работник','health-worker');
INSERT INTO profession_alias VALUES('hekim','health-worker');
INSERT INTO profession_alias VALUES('tibb bacisi','health-worker');
INSERT INTO profession_alias VALUES('doctor','health-worker');
INSERT INTO profession_alias VALUES('nurse','health-worker');
INSERT INTO profession_alias VALUES('врач','health-worker');
INSERT INTO profession_alias VALUES('медсестра','health-worker');
INSERT INTO profession_alias VALUES('медработник','health-worker');
INSERT INTO profession_alias VALUES('teacher','teacher');
INSERT INTO profession_alias VALUES('muellim','teacher');
INSERT INTO profession_alias VALUES('учитель','teacher');
INSERT INTO profession_alias VALUES('pedaqoq','teacher');
INSERT INTO profession_alias VALUES('педагог','teacher');
INSERT INTO profession_alias VALUES('преподаватель','teacher');
INSERT INTO profession_alias VALUES('journalist','journalist');
INSERT INTO profession_alias VALUES('jurnalist','journalist');
INSERT INTO profession_alias VALUES('журналист','journalist');
INSERT INTO profession_alias VALUES('media','journalist');
INSERT INTO profession_alias VALUES('reporter','journalist');
INSERT INTO profession_alias VALUES('muxbir','journalist');
INSERT INTO profession_alias VALUES('корреспондент','journalist');
INSERT INTO profession_alias VALUES('local administration','local-administration');
INSERT INTO profession_alias VALUES('yerli icra hakimiyyeti numayendesi','local-administration');
INSERT INTO profession_alias VALUES('local administration representative','local-administration');
INSERT INTO profession_alias VALUES('представитель местной исполнительной власти','local-administration');
INSERT INTO profession_alias VALUES('icra hakimiyyeti','local-administration');
INSERT INTO profession_alias VALUES('yerli icra hakimiyyeti','local-administration');
INSERT INTO profession_alias VALUES('belediyye','local-administration');
INSERT INTO profession_alias VALUES('municipality','local-administration');
INSERT INTO profession_alias VALUES('местная администрация','local-administration');
INSERT INTO profession_alias VALUES('муниципалитет','local-administration');
INSERT INTO profession_alias VALUES('volunteer','volunteer');
INSERT INTO profession_alias VALUES('konullu','volunteer');
INSERT INTO profession_alias VALUES('волонтер','volunteer');
INSERT INTO profession_alias VALUES('konulluler','volunteer');
INSERT INTO profession_alias VALUES('доброволец','volunteer');
INSERT INTO profession_alias VALUES('other','other');
INSERT INTO profession_alias VALUES('diger','other');
INSERT INTO profession_alias VALUES('другое','other');
INSERT INTO profession_alias VALUES('basqa','other');
INSERT INTO profession_alias VALUES('другая','other');
CREATE TABLE region (
    code TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('district', 'city', 'city-district')),
    parent_code TEXT REFERENCES region (code),
    name_az TEXT NOT NULL,
    name_en TEXT NOT NULL,
    name_ru TEXT NOT NULL
);
INSERT INTO region VALUES('absheron','district',NULL,'Abşeron rayonu','Absheron District','Апшерон');
INSERT INTO region VALUES('aghjabadi','district',NULL,'Ağcabədi rayonu','Aghjabadi District','Агджабеди');
INSERT INTO region VALUES('aghdam','district',NULL,'Ağdam rayonu','Aghdam District','Агдам');
INSERT INTO region VALUES('agdash','district',NULL,'Ağdaş rayonu','Agdash District','Агдаш');
INSERT INTO region VALUES('agstafa','district',NULL,'Ağstafa rayonu','Agstafa District','Агстафа');
INSERT INTO region VALUES('agsu','district',NULL,'Ağsu rayonu','Agsu District','Агсу');
INSERT INTO region VALUES('astara','district',NULL,'Astara rayonu','Astara District','Астара');
INSERT INTO region VALUES('babek','district',NULL,'Babək rayonu','Babek District','Бабек');
INSERT INTO region VALUES('balakan','district',NULL,'Balakən rayonu','Balakan District','Балакен');
INSERT INTO region VALUES('beylagan','district',NULL,'Beyləqan rayonu','Beylagan District','Бейлаган');
INSERT INTO region VALUES('barda','district',NULL,'Bərdə rayonu','Barda District','Барда');
INSERT INTO region VALUES('bilasuvar','district',NULL,'Biləsuvar rayonu','Bilasuvar District','Билясувар');
INSERT INTO region VALUES('jabrayil','district',NULL,'Cəbrayıl rayonu','Jabrayil District','Джебраил');
INSERT INTO region VALUES('jalilabad','district',NULL,'Cəlilabad rayonu','Jalilabad District','Джалилабад');
INSERT INTO region VALUES('julfa','district',NULL,'Culfa rayonu','Julfa District','Джульфа');
INSERT INTO region VALUES('dashkasan','district',NULL,'Daşkəsən rayonu','Dashkasan District','Дашкесан');
INSERT INTO region VALUES('fuzuli','district',NULL,'Füzuli rayonu','Fuzuli District','Физули');
INSERT INTO region VALUES('gadabay','district',NULL,'Gədəbəy rayonu','Gadabay District','Гедабек');
INSERT INTO region VALUES('goranboy','district',NULL,'Goranboy rayonu','Goranboy District','Геранбой');
INSERT INTO region VALUES('goychay','district',NULL,'Göyçay rayonu','Goychay District','Гёйчай');
INSERT INTO region VALUES('goygol','district',NULL,'Göygöl rayonu','Goygol District','Гёйгёль');
INSERT INTO region VALUES('hajigabul','district',NULL,'Hacıqabul rayonu','Hajigabul District','Гаджигабул');
INSERT INTO region VALUES('imishli','district',NULL,'İmişli rayonu','Imishli District','Имишли');
INSERT INTO region VALUES('ismayilli','district',NULL,'İsmayıllı rayonu','Ismayilli District','Исмаиллы');
INSERT INTO region VALUES('kalbajar','district',NULL,'Kəlbəcər rayonu','Kalbajar District','Кельбаджар');
INSERT INTO region VALUES('kangarli','district',NULL,'Kəngərli rayonu','Kangarli District','Кенгерли');
INSERT INTO region VALUES('kurdamir','district',NULL,'Kürdəmir rayonu','Kurdamir District','Кюрдамир');
INSERT INTO region VALUES('lachin','district',NULL,'Laçın rayonu','Lachin District','Лачин');
INSERT INTO region VALUES('lankaran','district',NULL,'Lənkəran rayonu','Lankaran District','Ленкорань');
INSERT INTO region VALUES('lerik','district',NULL,'Lerik rayonu','Lerik District','Лерик');
INSERT INTO region VALUES('masally','district',NULL,'Masallı rayonu','Masally District','Масаллы');
INSERT INTO region VALUES('neftchala','district',NULL,'Neftçala rayonu','Neftchala District','Нефтечала');
INSERT INTO region VALUES('oghuz','district',NULL,'Oğuz rayonu','Oghuz District','Огуз');
INSERT INTO region VALUES('ordubad','district',NULL,'Ordubad rayonu','Ordubad District','Ордубад');
INSERT INTO region VALUES('gakh','district',NULL,'Qax rayonu','Gakh District','Гах');
INSERT INTO region VALUES('gazakh','district',NULL,'Qazax rayonu','Gazakh District','Газах');
INSERT INTO region VALUES('gabala','district',NULL,'Qəbələ rayonu','Gabala District','Габала');
INSERT INTO region VALUES('gobustan','district',NULL,'Qobustan rayonu','Gobustan District','Гобустан');
INSERT INTO region VALUES('guba','district',NULL,'Quba rayonu','Guba District','Губа');
INSERT INTO region VALUES('gubadli','district',NULL,'Qubadlı rayonu','Gubadli District','Губадлы');
INSERT INTO region VALUES('gusar','district',NULL,'Qusar rayonu','Gusar District','Гусар');
INSERT INTO region VALUES('saatly','district',NULL,'Saatlı rayonu','Saatly District','Саатлы');
INSERT INTO region VALUES('sabirabad','district',NULL,'Sabirabad rayonu','Sabirabad District','Сабирабад');
INSERT INTO region VALUES('sadarak','district',NULL,'Sədərək rayonu','Sadarak District','Садарак');
INSERT INTO region VALUES('salyan','district',NULL,'Salyan rayonu','Salyan District','Сальян');
INSERT INTO region VALUES('samukh','district',NULL,'Samux rayonu','Samukh District','Самух');
INSERT INTO region VALUES('siyazan','district',NULL,'Siyəzən rayonu','Siyazan District','Сиазань');
INSERT INTO region VALUES('shabran','district',NULL,'Şabran rayonu','Shabran District','Шабран');
INSERT INTO region VALUES('shahbuz','district',NULL,'Şahbuz rayonu','Shahbuz District','Шахбуз');
INSERT INTO region VALUES('shamakhi','district',NULL,'Şamaxı rayonu','Shamakhi District','Шамахы');
INSERT INTO region VALUES('shaki','district',NULL,'Şəki rayonu','Shaki District','Шеки');
INSERT INTO region VALUES('shamkir','district',NULL,'Şəmkir rayonu','Shamkir District','Шамкир');
INSERT INTO region VALUES('sharur','district',NULL,'Şərur rayonu','Sharur District','Шарур');
INSERT INTO region VALUES('shusha','district',NULL,'Şuşa rayonu','Shusha District','Шуша');
INSERT INTO region VALUES('tartar','district',NULL,'Tərtər rayonu','Tartar District','Тертер');
INSERT INTO region VALUES('tovuz','district',NULL,'Tovuz rayonu','Tovuz District','Товуз');
INSERT INTO region VALUES('ujar','district',NULL,'Ucar rayonu','Ujar District','Уджар');
INSERT INTO region VALUES('khachmaz','district',NULL,'Xaçmaz rayonu','Khachmaz District','Хачмаз');
INSERT INTO region VALUES('khizi','district',NULL,'Xızı rayonu','Khizi District','Хызы');
INSERT INTO region VALUES('khojaly','district',NULL,'Xocalı rayonu','Khojaly District','Ходжалы');
INSERT INTO region VALUES('khojavend','district',NULL,'Xocavənd rayonu','Khojavend District','Ходжавенд');
INSERT INTO region VALUES('yardimli','district',NULL,'Yardımlı rayonu','Yardimli District','Ярдымлы');
INSERT INTO region VALUES('yevlakh','district',NULL,'Yevlax rayonu','Yevlakh District','Евлах');
INSERT INTO region VALUES('zangilan','district',NULL,'Zəngilan rayonu','Zangilan District','Зангилан');
INSERT INTO region VALUES('zagatala','district',NULL,'Zaqatala rayonu','Zagatala District','Загатала');
INSERT INTO region VALUES('zardab','district',NULL,'Zərdab rayonu','Zardab District','Зардаб');
INSERT INTO region VALUES('baku','city',NULL,'Bakı','Baku','Баку');
INSERT INTO region VALUES('ganja','city',NULL,'Gəncə','Ganja','Гянджа');
INSERT INTO region VALUES('sumgait','city',NULL,'Sumqayıt','Sumgait','Сумгаит');
INSERT INTO region VALUES('mingachevir','city',NULL,'Mingəçevir','Mingachevir','Мингечевир');
INSERT INTO region VALUES('naftalan','city',NULL,'Naftalan','Naftalan','Нафталан');
INSERT INTO region VALUES('shirvan','city',NULL,'Şirvan','Shirvan','Ширван');
INSERT INTO region VALUES('khankendi','city',NULL,'Xankəndi','Khankendi','Ханкенди');
INSERT INTO region VALUES('lankaran-city','city',NULL,'Lənkəran şəhəri','Lankaran city','город Ленкорань');
INSERT INTO region VALUES('shaki-city','city',NULL,'Şəki şəhəri','Shaki city','город Шеки');
INSERT INTO region VALUES('yevlakh-city','city',NULL,'Yevlax şəhəri','Yevlakh city','город Евлах');
INSERT INTO region VALUES('shusha-city','city',NULL,'Şuşa şəhəri','Shusha city','город Шуша');
INSERT INTO region VALUES('nakhchivan','city',NULL,'Naxçıvan','Nakhchivan','Нахчыван');
INSERT INTO region VALUES('binagadi','city-district','baku','Binəqədi rayonu','Binagadi District','Бинагади');
INSERT INTO region VALUES('garadagh','city-district','baku','Qaradağ rayonu','Garadagh District','Гарадаг');
INSERT INTO region VALUES('khatai','city-district','baku','Xətai rayonu','Khatai District','Хатаи');
INSERT INTO region VALUES('khazar','city-district','baku','Xəzər rayonu','Khazar District','Хазар');
INSERT INTO region VALUES('narimanov','city-district','baku','Nərimanov rayonu','Narimanov District','Нариманов');
INSERT INTO region VALUES('nasimi','city-district','baku','Nəsimi rayonu','Nasimi District','Насими');
INSERT INTO region VALUES('nizami','city-district','baku','Nizami rayonu','Nizami District','Низами');
INSERT INTO region VALUES('pirallahi','city-district','baku','Pirallahı rayonu','Pirallahi District','Пираллахы');
INSERT INTO region VALUES('sabunchu','city-district','baku','Sabunçu rayonu','Sabunchu District','Сабунчу');
INSERT INTO region VALUES('sabail','city-district','baku','Səbail rayonu','Sabail District','Сабаил');
INSERT INTO region VALUES('surakhani','city-district','baku','Suraxanı rayonu','Surakhani District','Сураханы');
INSERT INTO region VALUES('yasamal','city-district','baku','Yasamal rayonu','Yasamal District','Ясамал');
CREATE TABLE region_alias (
    alias_key TEXT PRIMARY KEY,
    region_code TEXT NOT NULL REFERENCES region (code)
);
INSERT INTO region_alias VALUES('absheron','absheron');
INSERT INTO region_alias VALUES('abseron rayonu','absheron');
INSERT INTO region_alias VALUES('absheron district','absheron');
INSERT INTO region_alias VALUES('апшерон','absheron');
INSERT INTO region_alias VALUES('abseron','absheron');
INSERT INTO region_alias VALUES('абшерон','absheron');
INSERT INTO region_alias VALUES('aghjabadi','aghjabadi');
INSERT INTO region_alias VALUES('agcabedi rayonu','aghjabadi');
INSERT INTO region_alias VALUES('aghjabadi district','aghjabadi');
INSERT INTO region_alias VALUES('агджабеди','aghjabadi');
INSERT INTO region_alias VALUES('agcabedi','aghjabadi');
INSERT INTO region_alias VALUES('agjabedi','aghjabadi');
INSERT INTO region_alias VALUES('aghdam','aghdam');
INSERT INTO region_alias VALUES('agdam rayonu','aghdam');
INSERT INTO region_alias VALUES('aghdam district','aghdam');
INSERT INTO region_alias VALUES('агдам','aghdam');
INSERT INTO region_alias VALUES('agdam','aghdam');
INSERT INTO region_alias VALUES('agdash','agdash');
INSERT INTO region_alias VALUES('agdas rayonu','agdash');
INSERT INTO region_alias VALUES('agdash district','agdash');
INSERT INTO region_alias VALUES('агдаш','agdash');
INSERT INTO region_alias VALUES('agdas','agdash');
INSERT INTO region_alias VALUES('agstafa','agstafa');
INSERT INTO region_alias VALUES('agstafa rayonu','agstafa');
INSERT INTO region_alias VALUES('agstafa district','agstafa');
INSERT INTO region_alias VALUES('агстафа','agstafa');
INSERT INTO region_alias VALUES('akstafa','agstafa');
INSERT INTO region_alias VALUES('agsu','agsu');
INSERT INTO region_alias VALUES('agsu rayonu','agsu');
INSERT INTO region_alias VALUES('agsu district','agsu');
INSERT INTO region_alias VALUES('агсу','agsu');
INSERT INTO region_alias VALUES('astara','astara');
INSERT INTO region_alias VALUES('astara rayonu','astara');
INSERT INTO region_alias VALUES('astara district','astara');
INSERT INTO region_alias VALUES('астара','astara');
INSERT INTO region_alias VALUES('babek','babek');
INSERT INTO region_alias VALUES('babek rayonu','babek');
INSERT INTO region_alias VALUES('babek district','babek');
INSERT INTO region_alias VALUES('бабек','babek');
INSERT INTO region_alias VALUES('balakan','balakan');
INSERT INTO region_alias VALUES('balaken rayonu','balakan');
INSERT INTO region_alias VALUES('balakan district','balakan');
INSERT INTO region_alias VALUES('балакен','balakan');
INSERT INTO region_alias VALUES('balaken','balakan');
INSERT INTO region_alias VALUES('beylagan','beylagan');
INSERT INTO region_alias VALUES('beyleqan rayonu','beylagan');
INSERT INTO region_alias VALUES('beylagan district','beylagan');
INSERT INTO region_alias VALUES('бейлаган','beylagan');
INSERT INTO region_alias VALUES('beyleqan','beylagan');
INSERT INTO region_alias VALUES('barda','barda');
INSERT INTO region_alias VALUES('berde rayonu','barda');
INSERT INTO region_alias VALUES('barda district','barda');
INSERT INTO region_alias VALUES('барда','barda');
INSERT INTO region_alias VALUES('berde','barda');
INSERT INTO region_alias VALUES('bilasuvar','bilasuvar');
INSERT INTO region_alias VALUES('bilesuvar rayonu','bilasuvar');
INSERT INTO region_alias VALUES('bilasuvar district','bilasuvar');
INSERT INTO region_alias VALUES('билясувар','bilasuvar');
INSERT INTO region_alias VALUES('bilesuvar','bilasuvar');
INSERT INTO region_alias VALUES('jabrayil','jabrayil');
INSERT INTO region_alias VALUES('cebrayil rayonu','jabrayil');
INSERT INTO region_alias VALUES('jabrayil district','jabrayil');
INSERT INTO region_alias VALUES('джебраил','jabrayil');
INSERT INTO region_alias VALUES('cebrayil','jabrayil');
INSERT INTO region_alias VALUES('jabrail','jabrayil');
INSERT INTO region_alias VALUES('jalilabad','jalilabad');
INSERT INTO region_alias VALUES('celilabad rayonu','jalilabad');
INSERT INTO region_alias VALUES('jalilabad district','jalilabad');
INSERT INTO region_alias VALUES('джалилабад','jalilabad');
INSERT INTO region_alias VALUES('celilabad','jalilabad');
INSERT INTO region_alias VALUES('julfa','julfa');
INSERT INTO region_alias VALUES('culfa rayonu','julfa');
INSERT INTO region_alias VALUES('julfa district','julfa');
INSERT INTO region_alias VALUES('джульфа','julfa');
INSERT INTO region_alias VALUES('culfa','julfa');
INSERT INTO region_alias VALUES('dashkasan','dashkasan');
INSERT INTO region_alias VALUES('daskesen rayonu','dashkasan');
INSERT INTO region_alias VALUES('dashkasan district','dashkasan');
INSERT INTO region_alias VALUES('дашкесан','dashkasan');
INSERT INTO region_alias VALUES('daskesen','dashkasan');
INSERT INTO region_alias VALUES('fuzuli','fuzuli');
INSERT INTO region_alias VALUES('fuzuli rayonu','fuzuli');
INSERT INTO region_alias VALUES('fuzuli district','fuzuli');
INSERT INTO region_alias VALUES('физули','fuzuli');
INSERT INTO region_alias VALUES('gadabay','gadabay');
INSERT INTO region_alias VALUES('gedebey rayonu','gadabay');
INSERT INTO region_alias VALUES('gadabay district','gadabay');
INSERT INTO region_alias VALUES('гедабек','gadabay');
INSERT INTO region_alias VALUES('gedebey','gadabay');
INSERT INTO region_alias VALUES('gedabek','gadabay');
INSERT INTO region_alias VALUES('goranboy','goranboy');
INSERT INTO region_alias VALUES('goranboy rayonu','goranboy');
INSERT INTO region_alias VALUES('goranboy district','goranboy');
INSERT INTO region_alias VALUES('геранбой','goranboy');
INSERT INTO region_alias VALUES('goychay','goychay');
INSERT INTO region_alias VALUES('goycay rayonu','goychay');
INSERT INTO region_alias VALUES('goychay district','goychay');
INSERT INTO region_alias VALUES('гейчай','goychay');
INSERT INTO region_alias VALUES('goycay','goychay');
INSERT INTO region_alias VALUES('geokchay','goychay');
INSERT INTO region_alias VALUES('goygol','goygol');
INSERT INTO region_alias VALUES('goygol rayonu','goygol');
INSERT INTO region_alias VALUES('goygol district','goygol');
INSERT INTO region_alias VALUES('гейгель','goygol');
INSERT INTO region_alias VALUES('khanlar','goygol');
INSERT INTO region_alias VALUES('hajigabul','hajigabul');
INSERT INTO region_alias VALUES('haciqabul rayonu','hajigabul');
INSERT INTO region_alias VALUES('hajigabul district','hajigabul');
INSERT INTO region_alias VALUES('гаджигабул','hajigabul');
INSERT INTO region_alias VALUES('haciqabul','hajigabul');
INSERT INTO region_alias VALUES('imishli','imishli');
INSERT INTO region_alias VALUES('imisli rayonu','imishli');
INSERT INTO region_alias VALUES('imishli district','imishli');
INSERT INTO region_alias VALUES('имишли','imishli');
INSERT INTO region_alias VALUES('imisli','imishli');
INSERT INTO region_alias VALUES('ismayilli','ismayilli');
INSERT INTO region_alias VALUES('ismayilli rayonu','ismayilli');
INSERT INTO region_alias VALUES('ismayilli district','ismayilli');
INSERT INTO region_alias VALUES('исмаиллы','ismayilli');
INSERT INTO region_alias VALUES('kalbajar','kalbajar');
INSERT INTO region_alias VALUES('kelbecer rayonu','kalbajar');
INSERT INTO region_alias VALUES('kalbajar district','kalbajar');
INSERT INTO region_alias VALUES('кельбаджар','kalbajar');
INSERT INTO region_alias VALUES('kelbecer','kalbajar');
INSERT INTO region_alias VALUES('kangarli','kangarli');
INSERT INTO region_alias VALUES('kengerli rayonu','kangarli');
INSERT INTO region_alias VALUES('kangarli district','kangarli');
INSERT INTO region_alias VALUES('кенгерли','kangarli');
INSERT INTO region_alias VALUES('kengerli','kangarli');
INSERT INTO region_alias VALUES('kurdamir','kurdamir');
INSERT INTO region_alias VALUES('kurdemir rayonu','kurdamir');
INSERT INTO region_alias VALUES('kurdamir district','kurdamir');
INSERT INTO region_alias VALUES('кюрдамир','kurdamir');
INSERT INTO region_alias VALUES('kurdemir','kurdamir');
INSERT INTO region_alias VALUES('lachin','lachin');
INSERT INTO region_alias VALUES('lacin rayonu','lachin');
INSERT INTO region_alias VALUES('lachin district','lachin');
INSERT INTO region_alias VALUES('лачин','lachin');
INSERT INTO region_alias VALUES('lacin','lachin');
INSERT INTO region_alias VALUES('lankaran','lankaran');
INSERT INTO region_alias VALUES('lenkeran rayonu','lankaran');
INSERT INTO region_alias VALUES('lankaran district','lankaran');
INSERT INTO region_alias VALUES('ленкорань','lankaran');
INSERT INTO region_alias VALUES('lenkeran','lankaran');
INSERT INTO region_alias VALUES('lenkoran','lankaran');
INSERT INTO region_alias VALUES('lerik','lerik');
INSERT INTO region_alias VALUES('lerik rayonu','lerik');
INSERT INTO region_alias VALUES('lerik district','lerik');
INSERT INTO region_alias VALUES('лерик','lerik');
INSERT INTO region_alias VALUES('masally','masally');
INSERT INTO region_alias VALUES('masalli rayonu','masally');
INSERT INTO region_alias VALUES('masally district','masally');
INSERT INTO region_alias VALUES('масаллы','masally');
INSERT INTO region_alias VALUES('masalli','masally');
INSERT INTO region_alias VALUES('neftchala','neftchala');
INSERT INTO region_alias VALUES('neftcala rayonu','neftchala');
INSERT INTO region_alias VALUES('neftchala district','neftchala');
INSERT INTO region_alias VALUES('нефтечала','neftchala');
INSERT INTO region_alias VALUES('neftcala','neftchala');
INSERT INTO region_alias VALUES('oghuz','oghuz');
INSERT INTO region_alias VALUES('oguz rayonu','oghuz');
INSERT INTO region_alias VALUES('oghuz district','oghuz');
INSERT INTO region_alias VALUES('огуз','oghuz');
INSERT INTO region_alias VALUES('oguz','oghuz');
INSERT INTO region_alias VALUES('ordubad','ordubad');
INSERT INTO region_alias VALUES('ordubad rayonu','ordubad');
INSERT INTO region_alias VALUES('ordubad district','ordubad');
INSERT INTO region_alias VALUES('ордубад','ordubad');
INSERT INTO region_alias VALUES('gakh','gakh');
INSERT INTO region_alias VALUES('qax rayonu','gakh');
INSERT INTO region_alias VALUES('gakh district','gakh');
INSERT INTO region_alias VALUES('гах','gakh');
INSERT INTO region_alias VALUES('qax','gakh');
INSERT INTO region_alias VALUES('qakh','gakh');
INSERT INTO region_alias VALUES('gazakh','gazakh');
INSERT INTO region_alias VALUES('qazax rayonu','gazakh');
INSERT INTO region_alias VALUES('gazakh district','gazakh');
INSERT INTO region_alias VALUES('газах','gazakh');
INSERT INTO region_alias VALUES('qazax','gazakh');
INSERT INTO region_alias VALUES('qazakh','gazakh');
INSERT INTO region_alias VALUES('gabala','gabala');
INSERT INTO region_alias VALUES('qebele rayonu','gabala');
INSERT INTO region_alias VALUES('gabala district','gabala');
INSERT INTO region_alias VALUES('габала','gabala');
INSERT INTO region_alias VALUES('qebele','gabala');
INSERT INTO region_alias VALUES('qabala','gabala');
INSERT INTO region_alias VALUES('gobustan','gobustan');
INSERT INTO region_alias VALUES('qobustan rayonu','gobustan');
INSERT INTO region_alias VALUES('gobustan district','gobustan');
INSERT INTO region_alias VALUES('гобустан','gobustan');
INSERT INTO region_alias VALUES('qobustan','gobustan');
INSERT INTO region_alias VALUES('guba','guba');
INSERT INTO region_alias VALUES('quba rayonu','guba');
INSERT INTO region_alias VALUES('guba district','guba');
INSERT INTO region_alias VALUES('губа','guba');
INSERT INTO region_alias VALUES('quba','guba');
INSERT INTO region_alias VALUES('kuba','guba');
INSERT INTO region_alias VALUES('gubadli','gubadli');
INSERT INTO region_alias VALUES('qubadli rayonu','gubadli');
INSERT INTO region_alias VALUES('gubadli district','gubadli');
INSERT INTO region_alias VALUES('губадлы','gubadli');
INSERT INTO region_alias VALUES('qubadli','gubadli');
INSERT INTO region_alias VALUES('gusar','gusar');
INSERT INTO region_alias VALUES('qusar rayonu','gusar');
INSERT INTO region_alias VALUES('gusar district','gusar');
INSERT INTO region_alias VALUES('гусар','gusar');
INSERT INTO region_alias VALUES('qusar','gusar');
INSERT INTO region_alias VALUES('kusar','gusar');
INSERT INTO region_alias VALUES('saatly','saatly');
INSERT INTO region_alias VALUES('saatli rayonu','saatly');
INSERT INTO region_alias VALUES('saatly district','saatly');
INSERT INTO region_alias VALUES('саатлы','saatly');
INSERT INTO region_alias VALUES('saatli','saatly');
INSERT INTO region_alias VALUES('sabirabad','sabirabad');
INSERT INTO region_alias VALUES('sabirabad rayonu','sabirabad');
INSERT INTO region_alias VALUES('sabirabad district','sabirabad');
INSERT INTO region_alias VALUES('сабирабад','sabirabad');
INSERT INTO region_alias VALUES('sadarak','sadarak');
INSERT INTO region_alias VALUES('sederek rayonu','sadarak');
INSERT INTO region_alias VALUES('sadarak district','sadarak');
INSERT INTO region_alias VALUES('садарак','sadarak');
INSERT INTO region_alias VALUES('sederek','sadarak');
INSERT INTO region_alias VALUES('salyan','salyan');
INSERT INTO region_alias VALUES('salyan rayonu','salyan');
INSERT INTO region_alias VALUES('salyan district','salyan');
INSERT INTO region_alias VALUES('сальян','salyan');
INSERT INTO region_alias VALUES('samukh','samukh');
INSERT INTO region_alias VALUES('samux rayonu','samukh');
INSERT INTO region_alias VALUES('samukh district','samukh');
INSERT INTO region_alias VALUES('самух','samukh');
INSERT INTO region_alias VALUES('samux','samukh');
INSERT INTO region_alias VALUES('siyazan','siyazan');
INSERT INTO region_alias VALUES('siyezen rayonu','siyazan');
INSERT INTO region_alias VALUES('siyazan district','siyazan');
INSERT INTO region_alias VALUES('сиазань','siyazan');
INSERT INTO region_alias VALUES('siyezen','siyazan');
INSERT INTO region_alias VALUES('shabran','shabran');
INSERT INTO region_alias VALUES('sabran rayonu','shabran');
INSERT INTO region_alias VALUES('shabran district','shabran');
INSERT INTO region_alias VALUES('шабран','shabran');
INSERT INTO region_alias VALUES('sabran','shabran');
INSERT INTO region_alias VALUES('davachi','shabran');
INSERT INTO region_alias VALUES('shahbuz','shahbuz');
INSERT INTO region_alias VALUES('sahbuz rayonu','shahbuz');
INSERT INTO region_alias VALUES('shahbuz district','shahbuz');
INSERT INTO region_alias VALUES('шахбуз','shahbuz');
INSERT INTO region_alias VALUES('sahbuz','shahbuz');
INSERT INTO region_alias VALUES('shamakhi','shamakhi');
INSERT INTO region_alias VALUES('samaxi rayonu','shamakhi');
INSERT INTO region_alias VALUES('shamakhi district','shamakhi');
INSERT INTO region_alias VALUES('шамахы','shamakhi');
INSERT INTO region_alias VALUES('samaxi','shamakhi');
INSERT INTO region_alias VALUES('shemakha','shamakhi');
INSERT INTO region_alias VALUES('shaki','shaki');
INSERT INTO region_alias VALUES('seki rayonu','shaki');
INSERT INTO region_alias VALUES('shaki district','shaki');
INSERT INTO region_alias VALUES('шеки','shaki');
INSERT INTO region_alias VALUES('seki','shaki');
INSERT INTO region_alias VALUES('sheki','shaki');
INSERT INTO region_alias VALUES('shamkir','shamkir');
INSERT INTO region_alias VALUES('semkir rayonu','shamkir');
INSERT INTO region_alias VALUES('shamkir district','shamkir');
INSERT INTO region_alias VALUES('шамкир','shamkir');
INSERT INTO region_alias VALUES('semkir','shamkir');
INSERT INTO region_alias VALUES('sharur','sharur');
INSERT INTO region_alias VALUES('serur rayonu','sharur');
INSERT INTO region_alias VALUES('sharur district','sharur');
INSERT INTO region_alias VALUES('шарур','sharur');
INSERT INTO region_alias VALUES('serur','sharur');
INSERT INTO region_alias VALUES('shusha','shusha');
INSERT INTO region_alias VALUES('susa rayonu','shusha');
INSERT INTO region_alias VALUES('shusha district','shusha');
INSERT INTO region_alias VALUES('шуша','shusha');
INSERT INTO region_alias VALUES('susa','shusha');
INSERT INTO region_alias VALUES('tartar','tartar');
INSERT INTO region_alias VALUES('terter rayonu','tartar');
INSERT INTO region_alias VALUES('tartar district','tartar');
INSERT INTO region_alias VALUES('тертер','tartar');
INSERT INTO region_alias VALUES('terter','tartar');
INSERT INTO region_alias VALUES('tovuz','tovuz');
INSERT INTO region_alias VALUES('tovuz rayonu','tovuz');
INSERT INTO region_alias VALUES('tovuz district','tovuz');
INSERT INTO region_alias VALUES('товуз','tovuz');
INSERT INTO region_alias VALUES('ujar','ujar');
INSERT INTO region_alias VALUES('ucar rayonu','ujar');
INSERT INTO region_alias VALUES('ujar district','ujar');
INSERT INTO region_alias VALUES('уджар','ujar');
INSERT INTO region_alias VALUES('ucar','ujar');
INSERT INTO region_alias VALUES('khachmaz','khachmaz');
INSERT INTO region_alias VALUES('xacmaz rayonu','khachmaz');
INSERT INTO region_alias VALUES('khachmaz district','khachmaz');
INSERT INTO region_alias VALUES('хачмаз','khachmaz');
INSERT INTO region_alias VALUES('xacmaz','khachmaz');
INSERT INTO region_alias VALUES('khizi','khizi');
INSERT INTO region_alias VALUES('xizi rayonu','khizi');
INSERT INTO region_alias VALUES('khizi district','khizi');
INSERT INTO region_alias VALUES('хызы','khizi');
INSERT INTO region_alias VALUES('xizi','khizi');
INSERT INTO region_alias VALUES('khojaly','khojaly');
INSERT INTO region_alias VALUES('xocali rayonu','khojaly');
INSERT INTO region_alias VALUES('khojaly district','khojaly');
INSERT INTO region_alias VALUES('ходжалы','khojaly');
INSERT INTO region_alias VALUES('xocali','khojaly');
INSERT INTO region_alias VALUES('khojavend','khojavend');
INSERT INTO region_alias VALUES('xocavend rayonu','khojavend');
INSERT INTO region_alias VALUES('khojavend district','khojavend');
INSERT INTO region_alias VALUES('ходжавенд','khojavend');
INSERT INTO region_alias VALUES('xocavend','khojavend');
INSERT INTO region_alias VALUES('yardimli','yardimli');
INSERT INTO region_alias VALUES('yardimli rayonu','yardimli');
INSERT INTO region_alias VALUES('yardimli district','yardimli');
INSERT INTO region_alias VALUES('ярдымлы','yardimli');
INSERT INTO region_alias VALUES('yevlakh','yevlakh');
INSERT INTO region_alias VALUES('yevlax rayonu','yevlakh');
INSERT INTO region_alias VALUES('yevlakh district','yevlakh');
INSERT INTO region_alias VALUES('евлах','yevlakh');
INSERT INTO region_alias VALUES('yevlax','yevlakh');
INSERT INTO region_alias VALUES('zangilan','zangilan');
INSERT INTO region_alias VALUES('zengilan rayonu','zangilan');
INSERT INTO region_alias VALUES('zangilan district','zangilan');
INSERT INTO region_alias VALUES('зангилан','zangilan');
INSERT INTO region_alias VALUES('zengilan','zangilan');
INSERT INTO region_alias VALUES('zagatala','zagatala');
INSERT INTO region_alias VALUES('zaqatala rayonu','zagatala');
INSERT INTO region_alias VALUES('zagatala district','zagatala');
INSERT INTO region_alias VALUES('загатала','zagatala');
INSERT INTO region_alias VALUES('zaqatala','zagatala');
INSERT INTO region_alias VALUES('zardab','zardab');
INSERT INTO region_alias VALUES('zerdab rayonu','zardab');
INSERT INTO region_alias VALUES('zardab district','zardab');
INSERT INTO region_alias VALUES('зардаб','zardab');
INSERT INTO region_alias VALUES('zerdab','zardab');
INSERT INTO region_alias VALUES('baku','baku');
INSERT INTO region_alias VALUES('baki','baku');
INSERT INTO region_alias VALUES('баку','baku');
INSERT INTO region_alias VALUES('ganja','ganja');
INSERT INTO region_alias VALUES('gence','ganja');
INSERT INTO region_alias VALUES('гянджа','ganja');
INSERT INTO region_alias VALUES('sumgait','sumgait');
INSERT INTO region_alias VALUES('sumqayit','sumgait');
INSERT INTO region_alias VALUES('сумгаит','sumgait');
INSERT INTO region_alias VALUES('сумгайыт','sumgait');
INSERT INTO region_alias VALUES('mingachevir','mingachevir');
INSERT INTO region_alias VALUES('mingecevir','mingachevir');
INSERT INTO region_alias VALUES('мингечевир','mingachevir');
INSERT INTO region_alias VALUES('naftalan','naftalan');
INSERT INTO region_alias VALUES('нафталан','naftalan');
INSERT INTO region_alias VALUES('shirvan','shirvan');
INSERT INTO region_alias VALUES('sirvan','shirvan');
INSERT INTO region_alias VALUES('ширван','shirvan');
INSERT INTO region_alias VALUES('khankendi','khankendi');
INSERT INTO region_alias VALUES('xankendi','khankendi');
INSERT INTO region_alias VALUES('ханкенди','khankendi');
INSERT INTO region_alias VALUES('lankaran city','lankaran-city');
INSERT INTO region_alias VALUES('lenkeran seheri','lankaran-city');
INSERT INTO region_alias VALUES('город ленкорань','lankaran-city');
INSERT INTO region_alias VALUES('shaki city','shaki-city');
INSERT INTO region_alias VALUES('seki seheri','shaki-city');
INSERT INTO region_alias VALUES('город шеки','shaki-city');
INSERT INTO region_alias VALUES('yevlakh city','yevlakh-city');
INSERT INTO region_alias VALUES('yevlax seheri','yevlakh-city');
INSERT INTO region_alias VALUES('город евлах','yevlakh-city');
INSERT INTO region_alias VALUES('shusha city','shusha-city');
INSERT INTO region_alias VALUES('susa seheri','shusha-city');
INSERT INTO region_alias VALUES('город шуша','shusha-city');
INSERT INTO region_alias VALUES('nakhchivan','nakhchivan');
INSERT INTO region_alias VALUES('naxcivan','nakhchivan');
INSERT INTO region_alias VALUES('нахчыван','nakhchivan');
INSERT INTO region_alias VALUES('binagadi','binagadi');
INSERT INTO region_alias VALUES('bineqedi rayonu','binagadi');
INSERT INTO region_alias VALUES('binagadi district','binagadi');
INSERT INTO region_alias VALUES('бинагади','binagadi');
INSERT INTO region_alias VALUES('bineqedi','binagadi');
INSERT INTO region_alias VALUES('garadagh','garadagh');
INSERT INTO region_alias VALUES('qaradag rayonu','garadagh');
INSERT INTO region_alias VALUES('garadagh district','garadagh');
INSERT INTO region_alias VALUES('гарадаг','garadagh');
INSERT INTO region_alias VALUES('qaradag','garadagh');
INSERT INTO region_alias VALUES('khatai','khatai');
INSERT INTO region_alias VALUES('xetai rayonu','khatai');
INSERT INTO region_alias VALUES('khatai district','khatai');
INSERT INTO region_alias VALUES('хатаи','khatai');
INSERT INTO region_alias VALUES('xetai','khatai');
INSERT INTO region_alias VALUES('khazar','khazar');
INSERT INTO region_alias VALUES('xezer rayonu','khazar');
INSERT INTO region_alias VALUES('khazar district','khazar');
INSERT INTO region_alias VALUES('хазар','khazar');
INSERT INTO region_alias VALUES('xezer','khazar');
INSERT INTO region_alias VALUES('narimanov','narimanov');
INSERT INTO region_alias VALUES('nerimanov rayonu','narimanov');
INSERT INTO region_alias VALUES('narimanov district','narimanov');
INSERT INTO region_alias VALUES('нариманов','narimanov');
INSERT INTO region_alias VALUES('nerimanov','narimanov');
INSERT INTO region_alias VALUES('nasimi','nasimi');
INSERT INTO region_alias VALUES('nesimi rayonu','nasimi');
INSERT INTO region_alias VALUES('nasimi district','nasimi');
INSERT INTO region_alias VALUES('насими','nasimi');
INSERT INTO region_alias VALUES('nesimi','nasimi');
INSERT INTO region_alias VALUES('nizami','nizami');
INSERT INTO region_alias VALUES('nizami rayonu','nizami');
INSERT INTO region_alias VALUES('nizami district','nizami');
INSERT INTO region_alias VALUES('низами','nizami');
INSERT INTO region_alias VALUES('pirallahi','pirallahi');
INSERT INTO region_alias VALUES('pirallahi rayonu','pirallahi');
INSERT INTO region_alias VALUES('pirallahi district','pirallahi');
INSERT INTO region_alias VALUES('пираллахы','pirallahi');
INSERT INTO region_alias VALUES('sabunchu','sabunchu');
INSERT INTO region_alias VALUES('sabuncu rayonu','sabunchu');
INSERT INTO region_alias VALUES('sabunchu district','sabunchu');
INSERT INTO region_alias VALUES('сабунчу','sabunchu');
INSERT INTO region_alias VALUES('sabuncu','sabunchu');
INSERT INTO region_alias VALUES('sabail','sabail');
INSERT INTO region_alias VALUES('sebail rayonu','sabail');
INSERT INTO region_alias VALUES('sabail district','sabail');
INSERT INTO region_alias VALUES('сабаил','sabail');
INSERT INTO region_alias VALUES('sebail','sabail');
INSERT INTO region_alias VALUES('surakhani','surakhani');
INSERT INTO region_alias VALUES('suraxani rayonu','surakhani');
INSERT INTO region_alias VALUES('surakhani district','surakhani');
INSERT INTO region_alias VALUES('сураханы','surakhani');
INSERT INTO region_alias VALUES('suraxani','surakhani');
INSERT INTO region_alias VALUES('yasamal','yasamal');
INSERT INTO region_alias VALUES('yasamal rayonu','yasamal');
INSERT INTO region_alias VALUES('yasamal district','yasamal');
INSERT INTO region_alias VALUES('ясамал','yasamal');
CREATE TABLE course (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL,
    version INTEGER NOT NULL CHECK (version > 0),
    title_az TEXT NOT NULL,
    title_en TEXT NOT NULL,
    title_ru TEXT NOT NULL,
    min_attendance_percent INTEGER NOT NULL CHECK (min_attendance_percent BETWEEN 0 AND 100),
    pass_mark INTEGER CHECK (pass_mark >= 0),
    max_score INTEGER NOT NULL CHECK (max_score > 0),
    total_minutes INTEGER NOT NULL CHECK (total_minutes > 0),
    source_name TEXT NOT NULL,
    canonical_json TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    UNIQUE (code, version)
);
INSERT INTO course VALUES('00000000-0000-4000-8000-000000000002','DV-101',1,'Məişət zorakılığının qarşısının alınması və yerli istiqamətləndirmə mexanizmi','Preventing domestic violence and the local referral mechanism','Предотвращение бытового насилия и местный механизм перенаправления',80,12,20,1080,'DV-101.json','{"assessment":{"maxScore":20},"audience":["social-worker","school-psychologist","local-administration","volunteer","police-officer","health-worker","teacher"],"code":"DV-101","completion":{"minAttendancePercent":80,"passMark":12},"id":"00000000-0000-0000-0000-000000000000","modules":[{"minutes":180,"objectives":[{"az":"Fiziki, psixoloji, seksual və iqtisadi zorakılığı fərqləndirmək","en":"Distinguish physical, psychological, sexual and economic violence","ru":"Различать физическое, психологическое, сексуальное и экономическое насилие"},{"az":"Zorakılıq dövrünü və zərərçəkənin niyə ayrıla bilmədiyini izah etmək","en":"Explain the cycle of violence and why victims find it hard to leave","ru":"Объяснить цикл насилия и почему пострадавшим трудно уйти"}],"title":{"az":"Məişət zorakılığı: anlayışlar, formalar və dinamika","en":"Domestic violence: concepts, forms and dynamics","ru":"Бытовое насилие: понятия, формы и динамика"}},{"minutes":180,"objectives":[{"az":"Qanunun əsas anlayışlarını və mühafizə orderlərini tətbiq etmək","en":"Apply the Law''s key definitions and its protection orders","ru":"Применять основные понятия Закона и охранные ордера"},{"az":"CEDAW Komitəsinin tövsiyələrini milli təcrübə ilə əlaqələndirmək","en":"Relate the CEDAW Committee''s recommendations to national practice","ru":"Соотносить рекомендации Комитета CEDAW с национальной практикой"}],"title":{"az":"Hüquqi çərçivə: \"Məişət zorakılığının qarşısının alınması haqqında\" Qanun və beynəlxalq standartlar","en":"The legal framework: the Law on Prevention of Domestic Violence and international standards","ru":"Правовая база: Закон «О предотвращении бытового насилия» и международные стандарты"}},{"minutes":180,"objectives":[{"az":"Zorakılığın əlamətlərini tanımaq və təhlükəsiz söhbət aparmaq","en":"Recognise signs of violence and hold a safe first conversation","ru":"Распознавать признаки насилия и безопасно провести первую беседу"},{"az":"Standart risk qiymətləndirmə vərəqəsini doldurmaq","en":"Complete the standard risk assessment form","ru":"Заполнять стандартную форму оценки риска"}],"title":{"az":"Zərərçəkənlərin müəyyən edilməsi və riskin qiymətləndirilməsi","en":"Identifying victims and assessing risk","ru":"Выявление пострадавших и оценка риска"}},{"minutes":180,"objectives":[{"az":"Polis, icra hakimiyyəti, səhiyyə, təhsil və sosial xidmətlərin vəzifələrini bilmək","en":"Know the duties of police, local administration, health, education and social services","ru":"Знать обязанности полиции, местной власти, здравоохранения, образования и социальных служб"},{"az":"Konkret işi istiqamətləndirmə sxemi üzrə yönləndirmək","en":"Route a case through the referral pathway","ru":"Провести случай по схеме перенаправления"}],"title":{"az":"Yerli istiqamətləndirmə mexanizmi: qurumların və multidissiplinar qrupların rolu","en":"The local referral mechanism: the roles of agencies and multidisciplinary teams","ru":"Местный механизм перенаправления: роли ведомств и междисциплинарных групп"}},{"minutes":180,"objectives":[{"az":"Zərərçəkənlə birlikdə təhlükəsizlik planı hazırlamaq","en":"Draw up a safety plan together with the victim","ru":"Составить план безопасности вместе с пострадавшей"}],"title":{"az":"Zərərçəkənyönümlü dəstək: təhlükəsizlik planı, sığınacaqlar və xidmətlər","en":"Victim-centred support: safety planning, shelters and services","ru":"Поддержка, ориентированная на пострадавших: план безопасности, приюты и услуги"}},{"minutes":180,"objectives":[{"az":"Uşağın ən yaxşı maraqlarını nəzərə alan müdaxilə planlaşdırmaq","en":"Plan an intervention in the child''s best interests","ru":"Планировать вмешательство в наилучших интересах ребёнка"}],"title":{"az":"Məişət zorakılığından təsirlənmiş uşaqlarla iş və praktiki nümunələr","en":"Working with children affected by domestic violence, and case studies","ru":"Работа с детьми, затронутыми бытовым насилием, и разбор случаев"}}],"title":{"az":"Məişət zorakılığının qarşısının alınması və yerli istiqamətləndirmə mexanizmi","en":"Preventing domestic violence and the local referral mechanism","ru":"Предотвращение бытового насилия и местный механизм перенаправления"},"version":0}','2021-10-20T08:00:00Z');
INSERT INTO course VALUES('00000000-0000-4000-8000-000000000004','JUD-201',1,'Məişət zorakılığı işlərində beynəlxalq standartlar, mühafizə orderləri və zərərçəkənyönümlü məhkəmə icraatı','International standards, protection orders and victim-centred hearings in domestic violence cases','Международные стандарты, охранные ордера и судебное разбирательство, ориентированное на пострадавших, по делам о бытовом насилии',75,14,20,720,'JUD-201.json','{"assessment":{"maxScore":20},"audience":["judge","prosecutor","lawyer"],"code":"JUD-201","completion":{"minAttendancePercent":75,"passMark":14},"id":"00000000-0000-0000-0000-000000000000","modules":[{"minutes":180,"objectives":[{"az":"Dövlətin lazımi səy öhdəliyini \"Opuz Türkiyəyə qarşı\" və \"Volodina Rusiyaya qarşı\" işləri əsasında izah etmək","en":"Explain the state''s due-diligence duty through Opuz v. Turkey and Volodina v. Russia","ru":"Объяснить обязанность государства проявлять должную осмотрительность на примере дел «Опуз против Турции» и «Володина против России»"}],"title":{"az":"Beynəlxalq standartlar: CEDAW və Avropa İnsan Hüquqları Məhkəməsinin presedent hüququ","en":"International standards: CEDAW and the case law of the European Court of Human Rights","ru":"Международные стандарты: CEDAW и прецедентная практика Европейского суда по правам человека"}},{"minutes":180,"objectives":[{"az":"Uzunmüddətli mühafizə orderi üçün ərizəni qanunla müəyyən edilmiş müddətdə baxmaq","en":"Decide an application for a long-term protection order within the statutory time","ru":"Рассмотреть заявление о долгосрочном охранном ордере в установленный законом срок"}],"title":{"az":"Mühafizə orderləri: qısamüddətli və uzunmüddətli orderlər, onların icrası","en":"Protection orders: short-term and long-term orders and their enforcement","ru":"Охранные ордера: краткосрочные и долгосрочные ордера и их исполнение"}},{"minutes":180,"objectives":[{"az":"Zərərçəkəni təqsirləndirilən şəxslə üz-üzə qoymadan dinləmək üçün tədbirlər seçmək","en":"Choose measures to hear the victim without confronting the accused","ru":"Выбрать меры, позволяющие заслушать пострадавшую без очной встречи с обвиняемым"}],"title":{"az":"Zərərçəkənyönümlü məhkəmə icraatı: ikinci dəfə viktimləşdirmənin qarşısının alınması","en":"Victim-centred hearings: preventing secondary victimisation","ru":"Судебное разбирательство, ориентированное на пострадавших: предотвращение вторичной виктимизации"}},{"minutes":180,"objectives":[{"az":"Barışıq və vasitəçiliyin məişət zorakılığı işlərində niyə uyğun olmadığını əsaslandırmaq","en":"Justify why reconciliation and mediation are unsuitable in domestic violence cases","ru":"Обосновать, почему примирение и медиация неуместны по делам о бытовом насилии"}],"title":{"az":"Məişət zorakılığı işlərində riskin qiymətləndirilməsi, sübutlar və cəza təyini","en":"Risk assessment, evidence and sentencing in domestic violence cases","ru":"Оценка риска, доказательства и назначение наказания по делам о бытовом насилии"}}],"title":{"az":"Məişət zorakılığı işlərində beynəlxalq standartlar, mühafizə orderləri və zərərçəkənyönümlü məhkəmə icraatı","en":"International standards, protection orders and victim-centred hearings in domestic violence cases","ru":"Международные стандарты, охранные ордера и судебное разбирательство, ориентированное на пострадавших, по делам о бытовом насилии"},"version":0}','2021-10-20T08:00:01Z');
INSERT INTO course VALUES('00000000-0000-4000-8000-000000000006','MEDIA-301',1,'Məişət zorakılığı haqqında etik jurnalistika','Ethical reporting on domestic violence','Этичное освещение бытового насилия в СМИ',100,NULL,10,420,'MEDIA-301.json','{"assessment":{"maxScore":10},"audience":["journalist"],"code":"MEDIA-301","completion":{"minAttendancePercent":100},"id":"00000000-0000-0000-0000-000000000000","modules":[{"minutes":120,"objectives":[],"title":{"az":"Məişət zorakılığı ictimai problem kimi: faktlar, miflər və jurnalistin rolu","en":"Domestic violence as a public issue: facts, myths and the journalist''s role","ru":"Бытовое насилие как общественная проблема: факты, мифы и роль журналиста"}},{"minutes":120,"objectives":[{"az":"Zərərçəkəni tanımağa imkan verən detalları materialdan çıxarmaq","en":"Remove details that would identify a victim from a story","ru":"Убирать из материала детали, позволяющие опознать пострадавшую"}],"title":{"az":"Etika və qanun: şəxsi həyatın toxunulmazlığı, razılıq, zərərçəkənlərin və uşaqların kimliyinin qorunması","en":"Ethics and the law: privacy, consent, and protecting the identity of victims and children","ru":"Этика и право: неприкосновенность частной жизни, согласие и защита личности пострадавших и детей"}},{"minutes":90,"objectives":[],"title":{"az":"Dil və təqdimat: zərərçəkəni günahlandırmadan və sensasiyasız yazmaq","en":"Language and framing: writing without victim-blaming or sensationalism","ru":"Язык и подача: писать без обвинения пострадавших и без сенсационности"}},{"minutes":90,"objectives":[{"az":"Hər materiala qaynar xəttin və yardım xidmətlərinin əlaqə məlumatlarını əlavə etmək","en":"Add the hotline and support services'' contacts to every story","ru":"Добавлять в каждый материал контакты горячей линии и служб помощи"}],"title":{"az":"Zorakılıqdan sağ çıxanlarla təhlükəsiz müsahibə və onların yardıma yönləndirilməsi","en":"Interviewing survivors safely and pointing them to help","ru":"Безопасное интервью с пережившими насилие и информирование о помощи"}}],"title":{"az":"Məişət zorakılığı haqqında etik jurnalistika","en":"Ethical reporting on domestic violence","ru":"Этичное освещение бытового насилия в СМИ"},"version":0}','2021-10-20T08:00:02Z');
CREATE TABLE course_audience (
    course_id TEXT NOT NULL REFERENCES course (id),
    profession_code TEXT NOT NULL REFERENCES profession (code),
    PRIMARY KEY (course_id, profession_code)
);
INSERT INTO course_audience VALUES('00000000-0000-4000-8000-000000000002','social-worker');
INSERT INTO course_audience VALUES('00000000-0000-4000-8000-000000000002','school-psychologist');
INSERT INTO course_audience VALUES('00000000-0000-4000-8000-000000000002','local-administration');
INSERT INTO course_audience VALUES('00000000-0000-4000-8000-000000000002','volunteer');
INSERT INTO course_audience VALUES('00000000-0000-4000-8000-000000000002','police-officer');
INSERT INTO course_audience VALUES('00000000-0000-4000-8000-000000000002','health-worker');
INSERT INTO course_audience VALUES('00000000-0000-4000-8000-000000000002','teacher');
INSERT INTO course_audience VALUES('00000000-0000-4000-8000-000000000004','judge');
INSERT INTO course_audience VALUES('00000000-0000-4000-8000-000000000004','prosecutor');
INSERT INTO course_audience VALUES('00000000-0000-4000-8000-000000000004','lawyer');
INSERT INTO course_audience VALUES('00000000-0000-4000-8000-000000000006','journalist');
CREATE TABLE course_module (
    course_id TEXT NOT NULL REFERENCES course (id),
    position INTEGER NOT NULL CHECK (position > 0),
    title_az TEXT NOT NULL,
    title_en TEXT NOT NULL,
    title_ru TEXT NOT NULL,
    minutes INTEGER NOT NULL CHECK (minutes > 0),
    PRIMARY KEY (course_id, position)
);
INSERT INTO course_module VALUES('00000000-0000-4000-8000-000000000002',1,'Məişət zorakılığı: anlayışlar, formalar və dinamika','Domestic violence: concepts, forms and dynamics','Бытовое насилие: понятия, формы и динамика',180);
INSERT INTO course_module VALUES('00000000-0000-4000-8000-000000000002',2,'Hüquqi çərçivə: "Məişət zorakılığının qarşısının alınması haqqında" Qanun və beynəlxalq standartlar','The legal framework: the Law on Prevention of Domestic Violence and international standards','Правовая база: Закон «О предотвращении бытового насилия» и международные стандарты',180);
INSERT INTO course_module VALUES('00000000-0000-4000-8000-000000000002',3,'Zərərçəkənlərin müəyyən edilməsi və riskin qiymətləndirilməsi','Identifying victims and assessing risk','Выявление пострадавших и оценка риска',180);
INSERT INTO course_module VALUES('00000000-0000-4000-8000-000000000002',4,'Yerli istiqamətləndirmə mexanizmi: qurumların və multidissiplinar qrupların rolu','The local referral mechanism: the roles of agencies and multidisciplinary teams','Местный механизм перенаправления: роли ведомств и междисциплинарных групп',180);
INSERT INTO course_module VALUES('00000000-0000-4000-8000-000000000002',5,'Zərərçəkənyönümlü dəstək: təhlükəsizlik planı, sığınacaqlar və xidmətlər','Victim-centred support: safety planning, shelters and services','Поддержка, ориентированная на пострадавших: план безопасности, приюты и услуги',180);
INSERT INTO course_module VALUES('00000000-0000-4000-8000-000000000002',6,'Məişət zorakılığından təsirlənmiş uşaqlarla iş və praktiki nümunələr','Working with children affected by domestic violence, and case studies','Работа с детьми, затронутыми бытовым насилием, и разбор случаев',180);
INSERT INTO course_module VALUES('00000000-0000-4000-8000-000000000004',1,'Beynəlxalq standartlar: CEDAW və Avropa İnsan Hüquqları Məhkəməsinin presedent hüququ','International standards: CEDAW and the case law of the European Court of Human Rights','Международные стандарты: CEDAW и прецедентная практика Европейского суда по правам человека',180);
INSERT INTO course_module VALUES('00000000-0000-4000-8000-000000000004',2,'Mühafizə orderləri: qısamüddətli və uzunmüddətli orderlər, onların icrası','Protection orders: short-term and long-term orders and their enforcement','Охранные ордера: краткосрочные и долгосрочные ордера и их исполнение',180);
INSERT INTO course_module VALUES('00000000-0000-4000-8000-000000000004',3,'Zərərçəkənyönümlü məhkəmə icraatı: ikinci dəfə viktimləşdirmənin qarşısının alınması','Victim-centred hearings: preventing secondary victimisation','Судебное разбирательство, ориентированное на пострадавших: предотвращение вторичной виктимизации',180);
INSERT INTO course_module VALUES('00000000-0000-4000-8000-000000000004',4,'Məişət zorakılığı işlərində riskin qiymətləndirilməsi, sübutlar və cəza təyini','Risk assessment, evidence and sentencing in domestic violence cases','Оценка риска, доказательства и назначение наказания по делам о бытовом насилии',180);
INSERT INTO course_module VALUES('00000000-0000-4000-8000-000000000006',1,'Məişət zorakılığı ictimai problem kimi: faktlar, miflər və jurnalistin rolu','Domestic violence as a public issue: facts, myths and the journalist''s role','Бытовое насилие как общественная проблема: факты, мифы и роль журналиста',120);
INSERT INTO course_module VALUES('00000000-0000-4000-8000-000000000006',2,'Etika və qanun: şəxsi həyatın toxunulmazlığı, razılıq, zərərçəkənlərin və uşaqların kimliyinin qorunması','Ethics and the law: privacy, consent, and protecting the identity of victims and children','Этика и право: неприкосновенность частной жизни, согласие и защита личности пострадавших и детей',120);
INSERT INTO course_module VALUES('00000000-0000-4000-8000-000000000006',3,'Dil və təqdimat: zərərçəkəni günahlandırmadan və sensasiyasız yazmaq','Language and framing: writing without victim-blaming or sensationalism','Язык и подача: писать без обвинения пострадавших и без сенсационности',90);
INSERT INTO course_module VALUES('00000000-0000-4000-8000-000000000006',4,'Zorakılıqdan sağ çıxanlarla təhlükəsiz müsahibə və onların yardıma yönləndirilməsi','Interviewing survivors safely and pointing them to help','Безопасное интервью с пережившими насилие и информирование о помощи',90);
CREATE TABLE course_objective (
    course_id TEXT NOT NULL,
    module_position INTEGER NOT NULL,
    position INTEGER NOT NULL CHECK (position > 0),
    text_az TEXT NOT NULL,
    text_en TEXT NOT NULL,
    text_ru TEXT NOT NULL,
    PRIMARY KEY (course_id, module_position, position),
    FOREIGN KEY (course_id, module_position) REFERENCES course_module (course_id, position)
);
INSERT INTO course_objective VALUES('00000000-0000-4000-8000-000000000002',1,1,'Fiziki, psixoloji, seksual və iqtisadi zorakılığı fərqləndirmək','Distinguish physical, psychological, sexual and economic violence','Различать физическое, психологическое, сексуальное и экономическое насилие');
INSERT INTO course_objective VALUES('00000000-0000-4000-8000-000000000002',1,2,'Zorakılıq dövrünü və zərərçəkənin niyə ayrıla bilmədiyini izah etmək','Explain the cycle of violence and why victims find it hard to leave','Объяснить цикл насилия и почему пострадавшим трудно уйти');
INSERT INTO course_objective VALUES('00000000-0000-4000-8000-000000000002',2,1,'Qanunun əsas anlayışlarını və mühafizə orderlərini tətbiq etmək','Apply the Law''s key definitions and its protection orders','Применять основные понятия Закона и охранные ордера');
INSERT INTO course_objective VALUES('00000000-0000-4000-8000-000000000002',2,2,'CEDAW Komitəsinin tövsiyələrini milli təcrübə ilə əlaqələndirmək','Relate the CEDAW Committee''s recommendations to national practice','Соотносить рекомендации Комитета CEDAW с национальной практикой');
INSERT INTO course_objective VALUES('00000000-0000-4000-8000-000000000002',3,1,'Zorakılığın əlamətlərini tanımaq və təhlükəsiz söhbət aparmaq','Recognise signs of violence and hold a safe first conversation','Распознавать признаки насилия и безопасно провести первую беседу');
INSERT INTO course_objective VALUES('00000000-0000-4000-8000-000000000002',3,2,'Standart risk qiymətləndirmə vərəqəsini doldurmaq','Complete the standard risk assessment form','Заполнять стандартную форму оценки риска');
INSERT INTO course_objective VALUES('00000000-0000-4000-8000-000000000002',4,1,'Polis, icra hakimiyyəti, səhiyyə, təhsil və sosial xidmətlərin vəzifələrini bilmək','Know the duties of police, local administration, health, education and social services','Знать обязанности полиции, местной власти, здравоохранения, образования и социальных служб');
INSERT INTO course_objective VALUES('00000000-0000-4000-8000-000000000002',4,2,'Konkret işi istiqamətləndirmə sxemi üzrə yönləndirmək','Route a case through the referral pathway','Провести случай по схеме перенаправления');
INSERT INTO course_objective VALUES('00000000-0000-4000-8000-000000000002',5,1,'Zərərçəkənlə birlikdə təhlükəsizlik planı hazırlamaq','Draw up a safety plan together with the victim','Составить план безопасности вместе с пострадавшей');
INSERT INTO course_objective VALUES('00000000-0000-4000-8000-000000000002',6,1,'Uşağın ən yaxşı maraqlarını nəzərə alan müdaxilə planlaşdırmaq','Plan an intervention in the child''s best interests','Планировать вмешательство в наилучших интересах ребёнка');
INSERT INTO course_objective VALUES('00000000-0000-4000-8000-000000000004',1,1,'Dövlətin lazımi səy öhdəliyini "Opuz Türkiyəyə qarşı" və "Volodina Rusiyaya qarşı" işləri əsasında izah etmək','Explain the state''s due-diligence duty through Opuz v. Turkey and Volodina v. Russia','Объяснить обязанность государства проявлять должную осмотрительность на примере дел «Опуз против Турции» и «Володина против России»');
INSERT INTO course_objective VALUES('00000000-0000-4000-8000-000000000004',2,1,'Uzunmüddətli mühafizə orderi üçün ərizəni qanunla müəyyən edilmiş müddətdə baxmaq','Decide an application for a long-term protection order within the statutory time','Рассмотреть заявление о долгосрочном охранном ордере в установленный законом срок');
INSERT INTO course_objective VALUES('00000000-0000-4000-8000-000000000004',3,1,'Zərərçəkəni təqsirləndirilən şəxslə üz-üzə qoymadan dinləmək üçün tədbirlər seçmək','Choose measures to hear the victim without confronting the accused','Выбрать меры, позволяющие заслушать пострадавшую без очной встречи с обвиняемым');
INSERT INTO course_objective VALUES('00000000-0000-4000-8000-000000000004',4,1,'Barışıq və vasitəçiliyin məişət zorakılığı işlərində niyə uyğun olmadığını əsaslandırmaq','Justify why reconciliation and mediation are unsuitable in domestic violence cases','Обосновать, почему примирение и медиация неуместны по делам о бытовом насилии');
INSERT INTO course_objective VALUES('00000000-0000-4000-8000-000000000006',2,1,'Zərərçəkəni tanımağa imkan verən detalları materialdan çıxarmaq','Remove details that would identify a victim from a story','Убирать из материала детали, позволяющие опознать пострадавшую');
INSERT INTO course_objective VALUES('00000000-0000-4000-8000-000000000006',4,1,'Hər materiala qaynar xəttin və yardım xidmətlərinin əlaqə məlumatlarını əlavə etmək','Add the hotline and support services'' contacts to every story','Добавлять в каждый материал контакты горячей линии и служб помощи');
CREATE TABLE trainee (
    id TEXT PRIMARY KEY,
    ref TEXT NOT NULL UNIQUE,
    full_name TEXT,
    name_key TEXT,
    sex TEXT CHECK (sex IN ('female', 'male')),
    birth_date TEXT,
    profession_code TEXT REFERENCES profession (code),
    organization TEXT,
    region_code TEXT REFERENCES region (code),
    email TEXT,
    phone TEXT,
    national_id TEXT,
    merged_into_id TEXT REFERENCES trainee (id),
    erased_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
INSERT INTO trainee VALUES('00000000-0000-4000-8000-000000000031','T-00001','Rzayeva İlahə','ilahe rzayeva','female',NULL,'social-worker','Saatlı rayon Ailə və Uşaq Dəstək Xidməti Mərkəzi','saatly',NULL,'+994506834765','K6PG93V',NULL,NULL,'2021-10-20T08:00:25Z','2021-10-20T08:00:25Z');
INSERT INTO trainee VALUES('00000000-0000-4000-8000-000000000032','T-00002','Süleymanova Nigar','nigar suleymanova','female',NULL,'social-worker','Saatlı rayon Ailə və Uşaq Dəstək Xidməti Mərkəzi','saatly',NULL,'+994556358568','FF01UYH',NULL,NULL,'2021-10-20T08:00:26Z','2021-10-20T08:00:26Z');
INSERT INTO trainee VALUES('00000000-0000-4000-8000-000000000033','T-00003','Ağayev Rövşən','agayev rovsen','male',NULL,'social-worker','Saatlı rayon Ailə və Uşaq Dəstək Xidməti Mərkəzi','saatly',NULL,'+994556960087','L0PCTWH',NULL,NULL,'2021-10-20T08:00:27Z','2021-10-20T08:00:27Z');
INSERT INTO trainee VALUES('00000000-0000-4000-8000-000000000034','T-00004','Süleymanov Rövşən','rovsen suleymanov','male',NULL,'social-worker','Saatlı rayon Ailə və Uşaq Dəstək Xidməti Mərkəzi','saatly',NULL,'+994774720268','MSE3JLW',NULL,NULL,'2021-10-20T08:00:28Z','2021-10-20T08:00:28Z');
INSERT INTO trainee VALUES('00000000-0000-4000-8000-000000000035','T-00005','Zeynalova Nigar','nigar zeynalova','female',NULL,'social-worker','Saatlı rayon Ailə və Uşaq Dəstək Xidməti Mərkəzi','saatly',NULL,'+994503813062','AK0TX2G',NULL,NULL,'2021-10-20T08:00:29Z','2021-10-20T08:00:29Z');
INSERT INTO trainee VALUES('00000000-0000-4000-8000-000000000036','T-00006','Cəfərova Zərifə','ceferova zerife','female',NULL,'social-worker','Saatlı rayon Ailə və Uşaq Dəstək Xidməti Mərkəzi','saatly',NULL,'+994701251953','CQRMGCS',NULL,NULL,'2021-10-20T08:00:30Z','2021-10-20T08:00:30Z');
INSERT INTO trainee VALUES('00000000-0000-4000-8000-000000000037','T-00007','Abbasova Təranə','abbasova terane','female',NULL,'social-worker','Saatlı rayon Ailə və Uşaq Dəstək Xidməti Mərkəzi','saatly',NULL,'+994507750458','5VKRFH1',NULL,NULL,'2021-10-20T08:00:31Z','2026-11-29T23:42:34Z');
INSERT INTO trainee VALUES('00000000-0000-4000-8000-000000000038','T-00008','Zeynalova Şəhla','sehla zeynalova','female',NULL,'school-psychologist','Saatlı rayon təhsil şöbəsi','saatly',NULL,'+994773379029','ACESST2',NULL,NULL,'2021-10-20T08:00:32Z','2021-10-20T08:00:32Z');
INSERT INTO trainee VALUES('00000000-0000-4000-8000-000000000039','T-00009','İsmayılova Zərifə','ismayilova zerife','female',NULL,'school-psychologist','Saatlı rayon təhsil şöbəsi','saatly',NULL,'+994551031624','RZTTPYU',NULL,NULL,'2021-10-20T08:00:33Z','2021-10-20T08:00:33Z');
INSERT INTO trainee VALUES('00000000-0000-4000-8000-00000000003a','T-00010','Hüseynova Leyla','huseynova leyla','female',NULL,'school-psychologist','Saatlı rayon təhsil şöbəsi','saatly',NULL,'+994702840998','0ZCF869',NULL,NULL,'2021-10-20T08:00:34Z','2021-10-20T08:00:34Z');
INSERT INTO trainee VALUES('00000000-0000-4000-8000-00000000003b','T-00011','Kərimova Təranə','kerimova terane','female',NULL,'school-psychologist','Saatlı rayon təhsil şöbəsi','saatly',NULL,'+994773998767','K3PM5CX',NULL,NULL,'2021-10-20T08:00:35Z','2021-10-20T08:00:35Z');
INSERT INTO trainee VALUES('00000000-0000-4000-8000-00000000003c','T-00012','Cəfərova Aysel','aysel ceferova','female',NULL,'school-psychologist','Saatlı rayon təhsil şöbəsi','saatly',NULL,'+994778207707','3DBS9LX',NULL,NULL,'2021-10-20T08:00:36Z','2021-10-20T08:00:36Z');
INSERT INTO trainee VALUES('00000000-0000-4000-8000-00000000003d','T-00013','Ağayeva Gülnarə','agayeva gulnare','female',NULL,'school-psychologist','Saatlı rayon təhsil şöbəsi','saatly',NULL,'+994502899588','L8P6KNG',NULL,NULL,'2021-10-20T08:00:37Z','2021-10-20T08:00:37Z');
INSERT INTO trainee VALUES('00000000-0000-4000-8000-00000000003e','T-00014','Ağayev Əli','agayev eli','male',NULL,'local-administration','Saatlı Rayon İcra Hakimiyyəti','saatly',NULL,'+994515898331','2A1KJ4H',NULL,NULL,'2021-10-20T08:00:38Z','2021-10-20T08:00:38Z');
INSERT INTO trainee VALUES('00000000-0000-4000-8000-00000000003f','T-00015','Nəsirova Şəhla','nesirova sehla','female',NULL,'local-administration','Saatlı Rayon İcra Hakimiyyəti','saatly',NULL,'+994552147089','A8RD1KW',NULL,NULL,'2021-10-20T08:00:39Z','2021-10-20T08:00:39Z');
INSERT INTO trainee VALUES('00000000-0000-4000-8000-000000000040','T-00016','Quliyev Orxan','orxan quliyev','male',NULL,'local-administration','Saatlı Rayon İcra Hakimiyyəti','saatly',NULL,'+994555692979','RPGH3Z6',NULL,NULL,'2021-10-20T08:00:40Z','2021-10-20T08:00:40Z');
INSERT INTO trainee VALUES('00000000-0000-4000-8000-000000000041','T-00017','Şirinova Aynur','aynur sirinova','female',NULL,'local-administration','Saatlı Rayon İcra Hakimiyyəti','saatly',NULL,'+994703151905','ETKGJ76',NULL,NULL,'2021-10-20T08:00:41Z','2021-10-20T08:00:41Z');
INSERT INTO trainee VALUES('00000000-0000-4000-8000-000000000042','T-00018','Süleymanov Rəşad','resad suleymanov','male',NULL,'local-administration','Saatlı Rayon İcra Hakimiyyəti','saatly',NULL,'+994777642650','0VD2NR6',NULL,NULL,'2021-10-20T08:00:42Z','2021-10-20T08:00:42Z');
INSERT INTO trainee VALUES('00000000-0000-4000-8000-000000000043','T-00019','Zeynalova Fidan','fidan zeynalova','female',NULL,'local-administration','Saatlı Rayon İcra Hakimiyyəti','saatly',NULL,'+994774801236','M3T9UAA',NULL,NULL,'2021-10-20T08:00:43Z','2021-10-20T08:00:43Z');
INSERT INTO trainee VALUES('00000000-0000-4000-8000-000000000044','T-00020','Vəliyev Elvin','elvin veliyev','male',NULL,'volunteer','Saatlı Gənclər Könüllüləri İctimai Birliyi','saatly',NULL,'+994554534657','WNWVB22',NULL,NULL,'2021-10-20T08:00:44Z','2021-10-20T08:00:44Z');
INSERT INTO trainee VALUES('00000000-0000-4000-8000-000000000045','T-00021','Vəliyeva Ülviyyə','ulviyye veliyeva','female',NULL,'volunteer','Saatlı Gənclər Könüllüləri İctimai Birliyi','saatly',NULL,'+994556380455','MV3K7RC',NULL,NULL,'2021-10-20T08:00:45Z','2021-10-20T08:00:45Z');
INSERT INTO trainee VALUES('00000000-0000-4000-8000-000000000046','T-00022','İsmayılova Gülnarə','gulnare ismayilova','female',NULL,'volunteer','Saatlı Gənclər Könüllüləri İctimai Birliyi','saatly',NULL,'+994505418045','G642EZR',NULL,NULL,'2021-10-20T08:00:46Z','2021-10-20T08:00:46Z');
INSERT INTO trainee VALUES('00000000-0000-4000-8000-000000000047','T-00023','Rzayev Rəşad','resad rzayev','male',NULL,'volunteer','Saatlı Gənclər Könüllüləri İctimai Birliyi','saatly',NULL,'+994709348641','PE9DC8W',NULL,NULL,'2021-10-20T08:00:47Z','2021-10-20T08:00:47Z');
INSERT INTO trainee VALUES('00000000-0000-4000-8000-000000000048','T-00024','İsmayılov Vüqar','ismayilov vuqar','male',NULL,'volunteer','Saatlı Gənclər Könüllüləri İctimai Birliyi','saatly',NULL,'+994556374438','GYY82LP',NULL,NULL,'2021-10-20T08:00:48Z','2021-10-20T08:00:48Z');
INSERT INTO trainee VALUES('00000000-0000-4000-8000-000000000049','T-00025','Orucov Tural','orucov tural','male',NULL,'police-officer','Saatlı Rayon Polis Şöbəsi','saatly',NULL,'+994551720743','4PB4M2U',NULL,NULL,'2021-10-20T08:00:49Z','2021-10-20T08:00:49Z');
INSERT INTO trainee VALUES('00000000-0000-4000-8000-00000000004a','T-00026','İsmayılov Kamran','ismayilov kamran','male',NULL,'police-officer','Saatlı Rayon Polis Şöbəsi','saatly',NULL,'+994554779592','X3G400L',NULL,NULL,'2021-10-20T08:00:50Z','2021-10-20T08:00:50Z');
INSERT INTO trainee VALUES('00000000-0000-4000-8000-00000000004b','T-00027','Əliyeva Nigar','eliyeva nigar','female',NULL,'health-worker','Saatlı Rayon Mərkəzi Xəstəxanası','saatly',NULL,'+994771390050','QLTBYZ7',NULL,NULL,'2021-10-20T08:00:51Z','2021-10-20T08:00:51Z');
INSERT INTO trainee VALUES('00000000-0000-4000-8000-00000000004c','T-00028','İsmayılova Könül','ismayilova konul','female',NULL,'health-worker','Saatlı Rayon Mərkəzi Xəstəxanası','saatly',NULL,'+994701126614','KX2QN1H',NULL,NULL,'2021-10-20T08:00:52Z','2021-10-20T08:00:52Z');
INSERT INTO trainee VALUES('00000000-0000-4000-8000-00000000004d','T-00029','Əliyev Əli','eli eliyev','male',NULL,'social-worker','Şüvəlan Ailə və Uşaq Dəstək Xidməti Mərkəzi','khazar',NULL,'+994779615274','NNMP80L',NULL,NULL,'2021-10-20T08:00:53Z','2021-10-20T08:00:53Z');
INSERT INTO trainee VALUES('00000000-0000-4000-8000-00000000004e','T-00030','Quliyeva Aytən','ayten quliyeva','female',NULL,'social-worker','Şüvəlan Ailə və Uşaq Dəstək Xidməti Mərkəzi','khazar',NULL,'+994504915191','X1BA7K9',NULL,NULL,'2021-10-20T08:00:54Z','2021-10-20T08:00:54Z');
INSERT INTO trainee VALUES('00000000-0000-4000-8000-00000000004f','T-00031','Vəliyeva Fidan','fidan veliyeva','female',NULL,'social-worker','Şüvəlan Ailə və Uşaq Dəstək Xidməti Mərkəzi','khazar',NULL,'+994556994158','QD1HSDJ',NULL,NULL,'2021-10-20T08:00:55Z','2021-10-20T08:00:55Z');
INSERT INTO trainee VALUES('00000000-0000-4000-8000-000000000050','T-00032','Şirinov Səməd','semed sirinov','male',NULL,'social-worker','Şüvəlan Ailə və Uşaq Dəstək Xidməti Mərkəzi','khazar',NULL,'+994556074777','03GJ06K',NULL,NULL,'2021-10-20T08:00:56Z','2021-10-20T08:00:56Z');
INSERT INTO trainee VALUES('00000000-0000-4000-8000-000000000051','T-00033','Süleymanov Elvin','elvin suleymanov','male',NULL,'social-worker','Şüvəlan Ailə və Uşaq Dəstək Xidməti Mərkəzi','khazar',NULL,'+994702579140','CH68KTU',NULL,NULL,'2021-10-20T08:00:57Z','2021-10-20T08:00:57Z');
INSERT INTO trainee VALUES('00000000-0000-4000-8000-000000000052','T-00034','Zeynalova Gülnarə','gulnare zeynalova','female',NULL,'social-worker','Şüvəlan Ailə və Uşaq Dəstək Xidməti Mərkəzi','khazar',NULL,'+994774917296','7WFW79X',NULL,NULL,'2021-10-20T08:00:58Z','2021-10-20T08:00:58Z');
INSERT INTO trainee VALUES('00000000-0000-4000-8000-000000000053','T-00035','Həsənov Ramil','hesenov ramil','male',NULL,'school-psychologist','Şüvəlan qəsəbəsi 178 nömrəli tam orta məktəb','khazar',NULL,'+994707479570','3K38ZHA',NULL,NULL,'2021-10-20T08:00:59Z','2021-10-20T08:00:59Z');
INSERT INTO trainee VALUES('00000000-0000-4000-8000-000000000054','T-00036','İsmayılova Sevinc','ismayilova sevinc','female',NULL,'school-psychologist','Şüvəlan qəsəbəsi 178 nömrəli tam orta məktəb','khazar',NULL,'+994703958118','WTKDEAK',NULL,NULL,'2021-10-20T08:01:00Z','2021-10-20T08:01:00Z');
INSERT INTO trainee VALUES('00000000-0000-4000-8000-000000000055','T-00037','Vəliyeva Sevinc','sevinc veliyeva','female',NULL,'school-psychologist','Şüvəlan qəsəbəsi 178 nömrəli tam orta məktəb','khazar',NULL,'+994514134741','NJGBRSK',NULL,NULL,'2021-10-20T08:01:01Z','2021-10-20T08:01:01Z');
INSERT INTO trainee VALUES('00000000-0000-4000-8000-000000000056','T-00038','Rzayev Tural','rzayev tural','male',NULL,'school-psychologist','Şüvəlan qəsəbəsi 178 nömrəli tam orta məktəb','khazar',NULL,'+994772802794','YC3F6WR',NULL,NULL,'2021-10-20T08:01:02Z','2021-10-20T08:01:02Z');
INSERT INTO trainee VALUES('00000000-0000-4000-8000-000000000057','T-00039','Vəliyeva Nigar','nigar veliyeva','female',NULL,'school-psychologist','Şüvəlan qəsəbəsi 178 nömrəli tam orta məktəb','khazar',NULL,'+994515716832','40N8ZVX',NULL,NULL,'2021-10-20T08:01:03Z','2021-10-20T08:01:03Z');
INSERT INTO trainee VALUES('00000000-0000-4000-8000-000000000058','T-00040','Həsənova Könül','hesenova konul','female',NULL,'school-psychologist','Şüvəlan qəsəbəsi 178 nömrəli tam orta məktəb','khazar',NULL,'+994774569944','L6JE7DM',NULL,NULL,'2021-10-20T08:01:04Z','2021-10-20T08:01:04Z');
INSERT INTO trainee VALUES('00000000-0000-4000-8000-000000000059','T-00041','Həsənova Aysel','aysel hesenova','female',NULL,'local-administration','Xəzər Rayon İcra Hakimiyyətinin Şüvəlan qəsəbə nümayəndəliyi','khazar',NULL,'+994514299951','ARGV84C',NULL,NULL,'2021-10-20T08:01:05Z','2021-10-20T08:01:05Z');
INSERT INTO trainee VALUES('00000000-0000-4000-8000-00000000005a','T-00042','Zeynalov Rövşən','rovsen zeynalov','male',NULL,'local-administration','Xəzər Rayon İcra Hakimiyyətinin Şüvəlan qəsəbə nümayəndəliyi','khazar',NULL,'+994519122939','6YTN9NV',NULL,NULL,'2021-10-20T08:01:06Z','2021-10-20T08:01:06Z');
INSERT INTO trainee VALUES('00000000-0000-4000-8000-00000000005b','T-00043','Vəliyev Ömər','omer veliyev','male',NULL,'local-administration','Xəzər Rayon İcra Hakimiyyətinin Şüvəlan qəsəbə nümayəndəliyi','khazar',NULL,'+994778838716','R1SLY6G',NULL,NULL,'2021-10-20T08:01:07Z','2021-10-20T08:01:07Z');
INSERT INTO trainee VALUES('00000000-0000-4000-8000-00000000005c','T-00044','İsmayılov Anar','anar ismayilov','male',NULL,'local-administration','Xəzər Rayon İcra Hakimiyyətinin Şüvəlan qəsəbə nümayəndəliyi','khazar',NULL,'+994778510381','1D2Q411',NULL,NULL,'2021-10-20T08:01:08Z','2021-10-20T08:01:08Z');
INSERT INTO trainee VALUES('00000000-0000-4000-8000-00000000005d','T-00045','Vəliyeva Səbinə','sebine veliyeva','female',NULL,'local-administration','Xəzər Rayon İcra Hakimiyyətinin Şüvəlan qəsəbə nümayəndəliyi','khazar',NULL,'+994501649119','Q61Y47N',NULL,NULL,'2021-10-20T08:01:09Z','2021-10-20T08:01:09Z');
INSERT INTO trainee VALUES('00000000-0000-4000-8000-00000000005e','T-00046','Rzayeva Nigar','nigar rzayeva','female',NULL,'volunteer','Xəzər Könüllüləri','khazar',NULL,'+994706069315','0NJ8S6P',NULL,NULL,'2021-10-20T08:01:10Z','2021-10-20T08:01:10Z');
INSERT INTO trainee VALUES('00000000-0000-4000-8000-00000000005f','T-00047','Babayev Vüqar','babayev vuqar','male',NULL,'volunteer','Xəzər Könüllüləri','khazar',NULL,'+994709131293','2NFDMJ6',NULL,NULL,'2021-10-20T08:01:11Z','2021-10-20T08:01:11Z');
INSERT INTO trainee VALUES('00000000-0000-4000-8000-000000000060','T-00048','Abbasova Leyla','abbasova leyla','female',NULL,'volunteer','Xəzər Könüllüləri','khazar',NULL,'+994511908874','EA2T8FC',NULL,NULL,'2021-10-20T08:01:12Z','2021-10-20T08:01:12Z');
INSERT INTO trainee VALUES('00000000-0000-4000-8000-000000000061','T-00049','Quliyev Anar','anar quliyev','male',NULL,'volunteer','Xəzər Könüllüləri','khazar',NULL,'+994514500090','XWCTTA0',NULL,NULL,'2021-10-20T08:01:13Z','2021-10-20T08:01:13Z');
INSERT INTO trainee VALUES('00000000-0000-4000-8000-000000000062','T-00050','Vəliyev Tural','tural veliyev','male',NULL,'volunteer','Xəzər Könüllüləri','khazar',NULL,'+994504707694','G7VC17S',NULL,NULL,'2021-10-20T08:01:14Z','2021-10-20T08:01:14Z');
INSERT INTO trainee VALUES('00000000-0000-4000-8000-000000000063','T-00051','Kərimova Fidan','fidan kerimova','female',NULL,'teacher','Şüvəlan qəsəbəsi 179 nömrəli tam orta məktəb','khazar',NULL,'+994708394363','L1R2LU7',NULL,NULL,'2021-10-20T08:01:15Z','2021-10-20T08:01:15Z');
INSERT INTO trainee VALUES('00000000-0000-4000-8000-000000000064','T-00052','Babayeva Sevinc','babayeva sevinc','female',NULL,'teacher','Şüvəlan qəsəbəsi 179 nömrəli tam orta məktəb','khazar',NULL,'+994556583451','5X9Q21W',NULL,NULL,'2021-10-20T08:01:16Z','2021-10-20T08:01:16Z');
INSERT INTO trainee VALUES('00000000-0000-4000-8000-000000000065','T-00053','Bayramova Ülviyyə','bayramova ulviyye','female',NULL,'teacher','Şüvəlan qəsəbəsi 179 nömrəli tam orta məktəb','khazar',NULL,'+994777282616','GF38MGK',NULL,NULL,'2021-10-20T08:01:17Z','2021-10-20T08:01:17Z');
INSERT INTO trainee VALUES('00000000-0000-4000-8000-000000000066','T-00054','Ağayeva Lalə','agayeva lale','female',NULL,'teacher','Şüvəlan qəsəbəsi 179 nömrəli tam orta məktəb','khazar',NULL,'+994511360669','2WEZ6C0',NULL,NULL,'2021-10-20T08:01:18Z','2021-10-20T08:01:18Z');
INSERT INTO trainee VALUES('00000000-0000-4000-8000-000000000067','T-00055','Məmmədova Gülnarə','gulnare memmedova','female',NULL,'judge','Bakı Apellyasiya Məhkəməsi','baku',NULL,'+994777545416','MY65AY4',NULL,NULL,'2021-10-20T08:01:19Z','2021-10-20T08:01:19Z');
INSERT INTO trainee VALUES('00000000-0000-4000-8000-000000000068','T-00056','Nəsirova Könül','konul nesirova','female',NULL,'judge','Bakı Apellyasiya Məhkəməsi','baku',NULL,'+994507419158','BDRA19X',NULL,NULL,'2021-10-20T08:01:20Z','2021-10-20T08:01:20Z');
INSERT INTO trainee VALUES('00000000-0000-4000-8000-000000000069','T-00057','Cəfərov Vüqar','ceferov vuqar','male',NULL,'judge','Bakı Apellyasiya Məhkəməsi','baku',NULL,'+994708111605','WP6QUBH',NULL,NULL,'2021-10-20T08:01:21Z','2021-10-20T08:01:21Z');
INSERT INTO trainee VALUES('00000000-0000-4000-8000-00000000006a','T-00058','Şirinova İlahə','ilahe sirinova','female',NULL,'judge','Bakı Apellyasiya Məhkəməsi','baku',NULL,'+994508795642','BAM3438',NULL,NULL,'2021-10-20T08:01:22Z','2021-10-20T08:01:22Z');
INSERT INTO trainee VALUES('00000000-0000-4000-8000-00000000006b','T-00059','Qasımova Aysel','aysel qasimova','female',NULL,'judge','Xəzər Rayon Məhkəməsi','khazar',NULL,'+994511575067','Q1129SC',NULL,NULL,'2021-10-20T08:01:23Z','2021-10-20T08:01:23Z');
INSERT INTO trainee VALUES('00000000-0000-4000-8000-00000000006c','T-00060','Süleymanova Lalə','lale suleymanova','female',NULL,'judge','Xəzər Rayon Məhkəməsi','khazar',NULL,'+994705315416','UQCMCXQ',NULL,NULL,'2021-10-20T08:01:24Z','2021-10-20T08:01:24Z');
INSERT INTO trainee VALUES('00000000-0000-4000-8000-00000000006d','T-00061','Orucova Nigar','nigar orucova','female',NULL,'prosecutor','Xəzər Rayon Prokurorluğu','baku',NULL,'+994705729297','MYBPYWV',NULL,NULL,'2021-10-20T08:01:25Z','2021-10-20T08:01:25Z');
INSERT INTO trainee VALUES('00000000-0000-4000-8000-00000000006e','T-00062','Qasımov Çingiz','cingiz qasimov','male',NULL,'prosecutor','Xəzər Rayon Prokurorluğu','khazar',NULL,'+994776580381','PC6GHCX',NULL,NULL,'2021-10-20T08:01:26Z','2021-10-20T08:01:26Z');
INSERT INTO trainee VALUES('00000000-0000-4000-8000-00000000006f','T-00063','Abbasova Nərgiz','abbasova nergiz','female',NULL,'journalist','Azərbaycan Dövlət Teleqraf Agentliyi','baku',NULL,'+994513481460','71B4DMC',NULL,NULL,'2021-10-20T08:01:27Z','2021-10-20T08:01:27Z');
INSERT INTO trainee VALUES('00000000-0000-4000-8000-000000000070','T-00064','Zeynalov Ramil','ramil zeynalov','male',NULL,'journalist','Azərbaycan Dövlət Teleqraf Agentliyi','baku',NULL,'+994518266420','95FQ2G8',NULL,NULL,'2021-10-20T08:01:28Z','2021-10-20T08:01:28Z');
INSERT INTO trainee VALUES('00000000-0000-4000-8000-000000000071','T-00065','Quliyeva İlahə','ilahe quliyeva','female',NULL,'journalist','Bakı Xəbər','sumgait',NULL,'+994775914578','CYN8Y0T',NULL,NULL,'2021-10-20T08:01:29Z','2021-10-20T08:01:29Z');
INSERT INTO trainee VALUES('00000000-0000-4000-8000-000000000072','T-00066','Vəliyeva Könül','konul veliyeva','female',NULL,'journalist','Bakı Xəbər','sumgait',NULL,'+994776587715','8PV1LG9',NULL,NULL,'2021-10-20T08:01:30Z','2021-10-20T08:01:30Z');
INSERT INTO trainee VALUES('00000000-0000-4000-8000-000000000073','T-00067','Əliyev Fərid','eliyev ferid','male',NULL,'journalist','Bakı Xəbər','sumgait',NULL,'+994551589302','SHQA5PY',NULL,NULL,'2021-10-20T08:01:31Z','2021-10-20T08:01:31Z');
INSERT INTO trainee VALUES('00000000-0000-4000-8000-000000000074','T-00068',NULL,NULL,'male',NULL,'journalist','Sumqayıt TV','sumgait',NULL,NULL,NULL,NULL,'2026-11-29T23:42:34Z','2021-10-20T08:01:32Z','2026-11-29T23:42:34Z');
INSERT INTO trainee VALUES('00000000-0000-4000-8000-000000000075','T-00069','Cəfərov Kamran','ceferov kamran','male',NULL,'journalist','Sumqayıt TV','baku',NULL,'+994708671421','WGRM7GK',NULL,NULL,'2021-10-20T08:01:33Z','2021-10-20T08:01:33Z');
INSERT INTO trainee VALUES('01a229b0-6141-7335-b29d-30e025087203','T-00070','Abbasova Tərane','abbasova terane','female',NULL,'social-worker',NULL,'saatly',NULL,NULL,NULL,'00000000-0000-4000-8000-000000000037',NULL,'2026-11-29T23:42:34Z','2026-11-29T23:42:34Z');
CREATE TABLE trainee_external_ref (
    ref TEXT PRIMARY KEY,
    trainee_id TEXT NOT NULL REFERENCES trainee (id),
    kind TEXT NOT NULL DEFAULT 'own' CHECK (kind IN ('own', 'duplicate')),
    source TEXT
);
INSERT INTO trainee_external_ref VALUES('SAATLI-01','00000000-0000-4000-8000-000000000031','own','signup.csv');
INSERT INTO trainee_external_ref VALUES('SAATLI-02','00000000-0000-4000-8000-000000000032','own','signup.csv');
INSERT INTO trainee_external_ref VALUES('SAATLI-03','00000000-0000-4000-8000-000000000033','own','signup.csv');
INSERT INTO trainee_external_ref VALUES('SAATLI-04','00000000-0000-4000-8000-000000000034','own','signup.csv');
INSERT INTO trainee_external_ref VALUES('SAATLI-05','00000000-0000-4000-8000-000000000035','own','signup.csv');
INSERT INTO trainee_external_ref VALUES('SAATLI-06','00000000-0000-4000-8000-000000000036','own','signup.csv');
INSERT INTO trainee_external_ref VALUES('SAATLI-07','00000000-0000-4000-8000-000000000037','own','signup.csv');
INSERT INTO trainee_external_ref VALUES('SAATLI-08','00000000-0000-4000-8000-000000000038','own','signup.csv');
INSERT INTO trainee_external_ref VALUES('SAATLI-09','00000000-0000-4000-8000-000000000039','own','signup.csv');
INSERT INTO trainee_external_ref VALUES('SAATLI-10','00000000-0000-4000-8000-00000000003a','own','signup.csv');
INSERT INTO trainee_external_ref VALUES('SAATLI-11','00000000-0000-4000-8000-00000000003b','own','signup.csv');
INSERT INTO trainee_external_ref VALUES('SAATLI-12','00000000-0000-4000-8000-00000000003c','own','signup.csv');
INSERT INTO trainee_external_ref VALUES('SAATLI-13','00000000-0000-4000-8000-00000000003d','own','signup.csv');
INSERT INTO trainee_external_ref VALUES('SAATLI-14','00000000-0000-4000-8000-00000000003e','own','signup.csv');
INSERT INTO trainee_external_ref VALUES('SAATLI-15','00000000-0000-4000-8000-00000000003f','own','signup.csv');
INSERT INTO trainee_external_ref VALUES('SAATLI-16','00000000-0000-4000-8000-000000000040','own','signup.csv');
INSERT INTO trainee_external_ref VALUES('SAATLI-17','00000000-0000-4000-8000-000000000041','own','signup.csv');
INSERT INTO trainee_external_ref VALUES('SAATLI-18','00000000-0000-4000-8000-000000000042','own','signup.csv');
INSERT INTO trainee_external_ref VALUES('SAATLI-19','00000000-0000-4000-8000-000000000043','own','signup.csv');
INSERT INTO trainee_external_ref VALUES('SAATLI-20','00000000-0000-4000-8000-000000000044','own','signup.csv');
INSERT INTO trainee_external_ref VALUES('SAATLI-21','00000000-0000-4000-8000-000000000045','own','signup.csv');
INSERT INTO trainee_external_ref VALUES('SAATLI-22','00000000-0000-4000-8000-000000000046','own','signup.csv');
INSERT INTO trainee_external_ref VALUES('SAATLI-23','00000000-0000-4000-8000-000000000047','own','signup.csv');
INSERT INTO trainee_external_ref VALUES('SAATLI-24','00000000-0000-4000-8000-000000000048','own','signup.csv');
INSERT INTO trainee_external_ref VALUES('SAATLI-25','00000000-0000-4000-8000-000000000049','own','signup.csv');
INSERT INTO trainee_external_ref VALUES('SAATLI-26','00000000-0000-4000-8000-00000000004a','own','signup.csv');
INSERT INTO trainee_external_ref VALUES('SAATLI-27','00000000-0000-4000-8000-00000000004b','own','signup.csv');
INSERT INTO trainee_external_ref VALUES('SAATLI-28','00000000-0000-4000-8000-00000000004c','own','signup.csv');
INSERT INTO trainee_external_ref VALUES('SHUVALAN-29','00000000-0000-4000-8000-00000000004d','own','signup.csv');
INSERT INTO trainee_external_ref VALUES('SHUVALAN-30','00000000-0000-4000-8000-00000000004e','own','signup.csv');
INSERT INTO trainee_external_ref VALUES('SHUVALAN-31','00000000-0000-4000-8000-00000000004f','own','signup.csv');
INSERT INTO trainee_external_ref VALUES('SHUVALAN-32','00000000-0000-4000-8000-000000000050','own','signup.csv');
INSERT INTO trainee_external_ref VALUES('SHUVALAN-33','00000000-0000-4000-8000-000000000051','own','signup.csv');
INSERT INTO trainee_external_ref VALUES('SHUVALAN-34','00000000-0000-4000-8000-000000000052','own','signup.csv');
INSERT INTO trainee_external_ref VALUES('SHUVALAN-35','00000000-0000-4000-8000-000000000053','own','signup.csv');
INSERT INTO trainee_external_ref VALUES('SHUVALAN-36','00000000-0000-4000-8000-000000000054','own','signup.csv');
INSERT INTO trainee_external_ref VALUES('SHUVALAN-37','00000000-0000-4000-8000-000000000055','own','signup.csv');
INSERT INTO trainee_external_ref VALUES('SHUVALAN-38','00000000-0000-4000-8000-000000000056','own','signup.csv');
INSERT INTO trainee_external_ref VALUES('SHUVALAN-39','00000000-0000-4000-8000-000000000057','own','signup.csv');
INSERT INTO trainee_external_ref VALUES('SHUVALAN-40','00000000-0000-4000-8000-000000000058','own','signup.csv');
INSERT INTO trainee_external_ref VALUES('SHUVALAN-41','00000000-0000-4000-8000-000000000059','own','signup.csv');
INSERT INTO trainee_external_ref VALUES('SHUVALAN-42','00000000-0000-4000-8000-00000000005a','own','signup.csv');
INSERT INTO trainee_external_ref VALUES('SHUVALAN-43','00000000-0000-4000-8000-00000000005b','own','signup.csv');
INSERT INTO trainee_external_ref VALUES('SHUVALAN-44','00000000-0000-4000-8000-00000000005c','own','signup.csv');
INSERT INTO trainee_external_ref VALUES('SHUVALAN-45','00000000-0000-4000-8000-00000000005d','own','signup.csv');
INSERT INTO trainee_external_ref VALUES('SHUVALAN-46','00000000-0000-4000-8000-00000000005e','own','signup.csv');
INSERT INTO trainee_external_ref VALUES('SHUVALAN-47','00000000-0000-4000-8000-00000000005f','own','signup.csv');
INSERT INTO trainee_external_ref VALUES('SHUVALAN-48','00000000-0000-4000-8000-000000000060','own','signup.csv');
INSERT INTO trainee_external_ref VALUES('SHUVALAN-49','00000000-0000-4000-8000-000000000061','own','signup.csv');
INSERT INTO trainee_external_ref VALUES('SHUVALAN-50','00000000-0000-4000-8000-000000000062','own','signup.csv');
INSERT INTO trainee_external_ref VALUES('SHUVALAN-51','00000000-0000-4000-8000-000000000063','own','signup.csv');
INSERT INTO trainee_external_ref VALUES('SHUVALAN-52','00000000-0000-4000-8000-000000000064','own','signup.csv');
INSERT INTO trainee_external_ref VALUES('SHUVALAN-53','00000000-0000-4000-8000-000000000065','own','signup.csv');
INSERT INTO trainee_external_ref VALUES('SHUVALAN-54','00000000-0000-4000-8000-000000000066','own','signup.csv');
INSERT INTO trainee_external_ref VALUES('BAKU-55','00000000-0000-4000-8000-000000000067','own','signup.csv');
INSERT INTO trainee_external_ref VALUES('BAKU-56','00000000-0000-4000-8000-000000000068','own','signup.csv');
INSERT INTO trainee_external_ref VALUES('BAKU-57','00000000-0000-4000-8000-000000000069','own','signup.csv');
INSERT INTO trainee_external_ref VALUES('BAKU-58','00000000-0000-4000-8000-00000000006a','own','signup.csv');
INSERT INTO trainee_external_ref VALUES('BAKU-59','00000000-0000-4000-8000-00000000006b','own','signup.csv');
INSERT INTO trainee_external_ref VALUES('BAKU-60','00000000-0000-4000-8000-00000000006c','own','signup.csv');
INSERT INTO trainee_external_ref VALUES('BAKU-61','00000000-0000-4000-8000-00000000006d','own','signup.csv');
INSERT INTO trainee_external_ref VALUES('BAKU-62','00000000-0000-4000-8000-00000000006e','own','signup.csv');
INSERT INTO trainee_external_ref VALUES('BAKU-63','00000000-0000-4000-8000-00000000006f','own','signup.csv');
INSERT INTO trainee_external_ref VALUES('BAKU-64','00000000-0000-4000-8000-000000000070','own','signup.csv');
INSERT INTO trainee_external_ref VALUES('BAKU-65','00000000-0000-4000-8000-000000000071','own','signup.csv');
INSERT INTO trainee_external_ref VALUES('BAKU-66','00000000-0000-4000-8000-000000000072','own','signup.csv');
INSERT INTO trainee_external_ref VALUES('BAKU-67','00000000-0000-4000-8000-000000000073','own','signup.csv');
INSERT INTO trainee_external_ref VALUES('BAKU-69','00000000-0000-4000-8000-000000000075','own','signup.csv');
INSERT INTO trainee_external_ref VALUES('SAATLI-05-2','00000000-0000-4000-8000-000000000035','duplicate','signup.csv');
INSERT INTO trainee_external_ref VALUES('SAATLI-18-2','00000000-0000-4000-8000-000000000042','duplicate','signup.csv');
INSERT INTO trainee_external_ref VALUES('SHUVALAN-34-2','00000000-0000-4000-8000-000000000052','duplicate','signup.csv');
INSERT INTO trainee_external_ref VALUES('SAATLI-DUP-1','00000000-0000-4000-8000-000000000037','duplicate','cli');
CREATE TABLE centre (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    region_code TEXT REFERENCES region (code),
    address TEXT,
    created_at TEXT NOT NULL
);
INSERT INTO centre VALUES('00000000-0000-4000-8000-000000000008','SAATLI','Saatlı Ailə və Uşaq Dəstək Xidməti Mərkəzi','saatly','Saatlı şəhəri, H. Əliyev küçəsi 21','2021-10-20T08:00:03Z');
INSERT INTO centre VALUES('00000000-0000-4000-8000-00000000000a','SHUVALAN','Şüvəlan Ailə və Uşaq Dəstək Xidməti Mərkəzi','khazar','Bakı, Xəzər rayonu, Şüvəlan qəsəbəsi','2021-10-20T08:00:05Z');
CREATE TABLE venue (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    centre_id TEXT REFERENCES centre (id),
    name TEXT NOT NULL,
    address TEXT,
    region_code TEXT REFERENCES region (code),
    capacity INTEGER CHECK (capacity > 0),
    created_at TEXT NOT NULL
);
INSERT INTO venue VALUES('00000000-0000-4000-8000-00000000000c','V-00001','00000000-0000-4000-8000-000000000008','Saatlı mərkəzi, təlim zalı',NULL,'saatly',30,'2021-10-20T08:00:07Z');
INSERT INTO venue VALUES('00000000-0000-4000-8000-00000000000e','V-00002','00000000-0000-4000-8000-00000000000a','Şüvəlan mərkəzi, konfrans zalı',NULL,'khazar',30,'2021-10-20T08:00:09Z');
INSERT INTO venue VALUES('00000000-0000-4000-8000-000000000010','V-00003',NULL,'Bakı, Ədliyyə Akademiyası, 3-cü auditoriya',NULL,'baku',20,'2021-10-20T08:00:11Z');
CREATE TABLE trainer (
    id TEXT PRIMARY KEY,
    ref TEXT NOT NULL UNIQUE,
    full_name TEXT NOT NULL,
    organization TEXT,
    email TEXT,
    languages TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
INSERT INTO trainer VALUES('00000000-0000-4000-8000-000000000012','TR-00001','Aygün Səfərova','Ailə, Qadın və Uşaq Problemləri üzrə Dövlət Komitəsi',NULL,'az,ru','2021-10-20T08:00:13Z');
INSERT INTO trainer VALUES('00000000-0000-4000-8000-000000000014','TR-00002','Rauf Həsənli','Hüquq Klinikası',NULL,'az,en','2021-10-20T08:00:15Z');
CREATE TABLE training_event (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    course_id TEXT NOT NULL REFERENCES course (id),
    centre_id TEXT REFERENCES centre (id),
    venue_id TEXT REFERENCES venue (id),
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL,
    capacity INTEGER CHECK (capacity > 0),
    status TEXT NOT NULL DEFAULT 'planned'
        CHECK (status IN ('planned', 'running', 'completed', 'cancelled')),
    created_at TEXT NOT NULL,
    CHECK (end_date >= start_date)
);
INSERT INTO training_event VALUES('00000000-0000-4000-8000-000000000016','DV-SAATLI-2021-10','00000000-0000-4000-8000-000000000002','00000000-0000-4000-8000-000000000008','00000000-0000-4000-8000-00000000000c','2021-10-25','2021-10-27',NULL,'planned','2021-10-20T08:00:17Z');
INSERT INTO training_event VALUES('00000000-0000-4000-8000-00000000001e','DV-SHUVALAN-2021-10','00000000-0000-4000-8000-000000000002','00000000-0000-4000-8000-00000000000a','00000000-0000-4000-8000-00000000000e','2021-10-27','2021-10-29',NULL,'planned','2021-10-20T08:00:19Z');
INSERT INTO training_event VALUES('00000000-0000-4000-8000-000000000026','JUD-BAKU-2021-11','00000000-0000-4000-8000-000000000004',NULL,'00000000-0000-4000-8000-000000000010','2021-11-29','2021-11-30',NULL,'planned','2021-10-20T08:00:21Z');
INSERT INTO training_event VALUES('00000000-0000-4000-8000-00000000002c','MEDIA-BAKU-2021-12','00000000-0000-4000-8000-000000000006',NULL,'00000000-0000-4000-8000-000000000010','2021-12-01','2021-12-02',NULL,'planned','2021-10-20T08:00:23Z');
INSERT INTO training_event VALUES('01a229b0-6190-7a4c-b01b-b0bfc5a81eb7','DV-SAATLI-2021-12','00000000-0000-4000-8000-000000000002','00000000-0000-4000-8000-000000000008','00000000-0000-4000-8000-00000000000c','2021-12-13','2021-12-15',2,'planned','2026-11-29T23:42:34Z');
INSERT INTO training_event VALUES('01a229b0-6200-76d5-a953-e9a56bacc7ed','JUD-SHUVALAN-2021-12','00000000-0000-4000-8000-000000000004','00000000-0000-4000-8000-00000000000a','00000000-0000-4000-8000-00000000000e','2021-12-20','2021-12-21',NULL,'cancelled','2026-11-29T23:42:35Z');
CREATE TABLE event_trainer (
    event_id TEXT NOT NULL REFERENCES training_event (id),
    trainer_id TEXT NOT NULL REFERENCES trainer (id),
    PRIMARY KEY (event_id, trainer_id)
);
INSERT INTO event_trainer VALUES('00000000-0000-4000-8000-000000000016','00000000-0000-4000-8000-000000000012');
INSERT INTO event_trainer VALUES('00000000-0000-4000-8000-00000000001e','00000000-0000-4000-8000-000000000014');
INSERT INTO event_trainer VALUES('00000000-0000-4000-8000-000000000026','00000000-0000-4000-8000-000000000014');
INSERT INTO event_trainer VALUES('00000000-0000-4000-8000-00000000002c','00000000-0000-4000-8000-000000000012');
INSERT INTO event_trainer VALUES('01a229b0-6190-7a4c-b01b-b0bfc5a81eb7','00000000-0000-4000-8000-000000000012');
INSERT INTO event_trainer VALUES('01a229b0-6200-76d5-a953-e9a56bacc7ed','00000000-0000-4000-8000-000000000014');
CREATE TABLE training_session (
    id TEXT PRIMARY KEY,
    event_id TEXT NOT NULL REFERENCES training_event (id),
    number INTEGER NOT NULL CHECK (number > 0),
    date TEXT NOT NULL,
    start_time TEXT NOT NULL,
    end_time TEXT NOT NULL,
    minutes INTEGER NOT NULL CHECK (minutes > 0),
    module_position INTEGER,
    trainer_id TEXT REFERENCES trainer (id),
    venue_id TEXT REFERENCES venue (id),
    status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held', 'cancelled')),
    UNIQUE (event_id, number),
    CHECK (end_time > start_time)
);
INSERT INTO training_session VALUES('00000000-0000-4000-8000-000000000017','00000000-0000-4000-8000-000000000016',1,'2021-10-25','09:30','12:30',180,1,NULL,NULL,'planned');
INSERT INTO training_session VALUES('00000000-0000-4000-8000-000000000018','00000000-0000-4000-8000-000000000016',2,'2021-10-25','13:30','16:30',180,2,NULL,NULL,'planned');
INSERT INTO training_session VALUES('00000000-0000-4000-8000-000000000019','00000000-0000-4000-8000-000000000016',3,'2021-10-26','09:30','12:30',180,3,NULL,NULL,'planned');
INSERT INTO training_session VALUES('00000000-0000-4000-8000-00000000001a','00000000-0000-4000-8000-000000000016',4,'2021-10-26','13:30','16:30',180,4,NULL,NULL,'planned');
INSERT INTO training_session VALUES('00000000-0000-4000-8000-00000000001b','00000000-0000-4000-8000-000000000016',5,'2021-10-27','09:30','12:30',180,5,NULL,NULL,'planned');
INSERT INTO training_session VALUES('00000000-0000-4000-8000-00000000001c','00000000-0000-4000-8000-000000000016',6,'2021-10-27','13:30','16:30',180,6,NULL,NULL,'planned');
INSERT INTO training_session VALUES('00000000-0000-4000-8000-00000000001f','00000000-0000-4000-8000-00000000001e',1,'2021-10-27','09:30','12:30',180,1,NULL,NULL,'planned');
INSERT INTO training_session VALUES('00000000-0000-4000-8000-000000000020','00000000-0000-4000-8000-00000000001e',2,'2021-10-27','13:30','16:30',180,2,NULL,NULL,'planned');
INSERT INTO training_session VALUES('00000000-0000-4000-8000-000000000021','00000000-0000-4000-8000-00000000001e',3,'2021-10-28','09:30','12:30',180,3,NULL,NULL,'planned');
INSERT INTO training_session VALUES('00000000-0000-4000-8000-000000000022','00000000-0000-4000-8000-00000000001e',4,'2021-10-28','13:30','16:30',180,4,NULL,NULL,'planned');
INSERT INTO training_session VALUES('00000000-0000-4000-8000-000000000023','00000000-0000-4000-8000-00000000001e',5,'2021-10-29','09:30','12:30',180,5,NULL,NULL,'planned');
INSERT INTO training_session VALUES('00000000-0000-4000-8000-000000000024','00000000-0000-4000-8000-00000000001e',6,'2021-10-29','13:30','16:30',180,6,NULL,NULL,'planned');
INSERT INTO training_session VALUES('00000000-0000-4000-8000-000000000027','00000000-0000-4000-8000-000000000026',1,'2021-11-29','09:30','12:30',180,1,NULL,NULL,'planned');
INSERT INTO training_session VALUES('00000000-0000-4000-8000-000000000028','00000000-0000-4000-8000-000000000026',2,'2021-11-29','13:30','16:30',180,2,NULL,NULL,'planned');
INSERT INTO training_session VALUES('00000000-0000-4000-8000-000000000029','00000000-0000-4000-8000-000000000026',3,'2021-11-30','09:30','12:30',180,3,NULL,NULL,'planned');
INSERT INTO training_session VALUES('00000000-0000-4000-8000-00000000002a','00000000-0000-4000-8000-000000000026',4,'2021-11-30','13:30','16:30',180,4,NULL,NULL,'planned');
INSERT INTO training_session VALUES('00000000-0000-4000-8000-00000000002d','00000000-0000-4000-8000-00000000002c',1,'2021-12-01','09:30','12:30',180,1,NULL,NULL,'planned');
INSERT INTO training_session VALUES('00000000-0000-4000-8000-00000000002e','00000000-0000-4000-8000-00000000002c',2,'2021-12-01','13:30','16:30',180,2,NULL,NULL,'planned');
INSERT INTO training_session VALUES('00000000-0000-4000-8000-00000000002f','00000000-0000-4000-8000-00000000002c',3,'2021-12-02','09:30','10:30',60,4,NULL,NULL,'planned');
INSERT INTO training_session VALUES('01a229b0-6193-73af-b809-3d2c33a10a77','01a229b0-6190-7a4c-b01b-b0bfc5a81eb7',1,'2021-12-13','09:30','12:30',180,1,NULL,NULL,'planned');
INSERT INTO training_session VALUES('01a229b0-6193-7910-8259-140337c0a51e','01a229b0-6190-7a4c-b01b-b0bfc5a81eb7',2,'2021-12-13','13:30','16:30',180,2,NULL,NULL,'planned');
INSERT INTO training_session VALUES('01a229b0-6193-7543-8754-d83ac7714e50','01a229b0-6190-7a4c-b01b-b0bfc5a81eb7',3,'2021-12-14','09:30','12:30',180,3,NULL,NULL,'planned');
INSERT INTO training_session VALUES('01a229b0-6193-7295-9b92-4115ebb47d34','01a229b0-6190-7a4c-b01b-b0bfc5a81eb7',4,'2021-12-14','13:30','16:30',180,4,NULL,NULL,'planned');
INSERT INTO training_session VALUES('01a229b0-6193-78a6-a9ee-05f8fca1d096','01a229b0-6190-7a4c-b01b-b0bfc5a81eb7',5,'2021-12-15','09:30','12:30',180,5,NULL,NULL,'planned');
INSERT INTO training_session VALUES('01a229b0-6194-783a-86ee-b753f9413849','01a229b0-6190-7a4c-b01b-b0bfc5a81eb7',6,'2021-12-15','13:30','16:30',180,6,NULL,NULL,'cancelled');
INSERT INTO training_session VALUES('01a229b0-6202-729f-819c-ff662d061df5','01a229b0-6200-76d5-a953-e9a56bacc7ed',1,'2021-12-20','09:30','12:30',180,1,NULL,NULL,'planned');
INSERT INTO training_session VALUES('01a229b0-6202-7943-9d2f-c1f9a4169d15','01a229b0-6200-76d5-a953-e9a56bacc7ed',2,'2021-12-20','13:30','16:30',180,2,NULL,NULL,'planned');
INSERT INTO training_session VALUES('01a229b0-6203-72f1-bbbc-e5359c14ec61','01a229b0-6200-76d5-a953-e9a56bacc7ed',3,'2021-12-21','09:30','12:30',180,3,NULL,NULL,'planned');
INSERT INTO training_session VALUES('01a229b0-6203-7656-83da-2dc453ff7907','01a229b0-6200-76d5-a953-e9a56bacc7ed',4,'2021-12-21','13:30','16:30',180,4,NULL,NULL,'planned');
CREATE TABLE enrollment (
    id TEXT PRIMARY KEY,
    event_id TEXT NOT NULL REFERENCES training_event (id),
    trainee_id TEXT NOT NULL REFERENCES trainee (id),
    status TEXT NOT NULL CHECK (status IN ('enrolled', 'waitlisted', 'withdrawn')),
    waitlist_position INTEGER,
    walk_in INTEGER NOT NULL DEFAULT 0 CHECK (walk_in IN (0, 1)),
    profession_code TEXT REFERENCES profession (code),
    region_code TEXT REFERENCES region (code),
    organization TEXT,
    sex TEXT CHECK (sex IN ('female', 'male')),
    enrolled_at TEXT NOT NULL,
    UNIQUE (event_id, trainee_id)
);
INSERT INTO enrollment VALUES('00000000-0000-4000-8000-00000000007a','00000000-0000-4000-8000-000000000016','00000000-0000-4000-8000-000000000031','enrolled',NULL,0,'social-worker','saatly','Saatlı rayon Ailə və Uşaq Dəstək Xidməti Mərkəzi','female','2021-10-20T08:01:38Z');
INSERT INTO enrollment VALUES('00000000-0000-4000-8000-00000000007c','00000000-0000-4000-8000-000000000016','00000000-0000-4000-8000-000000000032','enrolled',NULL,0,'social-worker','saatly','Saatlı rayon Ailə və Uşaq Dəstək Xidməti Mərkəzi','female','2021-10-20T08:01:40Z');
INSERT INTO enrollment VALUES('00000000-0000-4000-8000-00000000007e','00000000-0000-4000-8000-000000000016','00000000-0000-4000-8000-000000000033','enrolled',NULL,0,'social-worker','saatly','Saatlı rayon Ailə və Uşaq Dəstək Xidməti Mərkəzi','male','2021-10-20T08:01:42Z');
INSERT INTO enrollment VALUES('00000000-0000-4000-8000-000000000080','00000000-0000-4000-8000-000000000016','00000000-0000-4000-8000-000000000034','enrolled',NULL,0,'social-worker','saatly','Saatlı rayon Ailə və Uşaq Dəstək Xidməti Mərkəzi','male','2021-10-20T08:01:44Z');
INSERT INTO enrollment VALUES('00000000-0000-4000-8000-000000000082','00000000-0000-4000-8000-000000000016','00000000-0000-4000-8000-000000000035','enrolled',NULL,0,'social-worker','saatly','Saatlı rayon Ailə və Uşaq Dəstək Xidməti Mərkəzi','female','2021-10-20T08:01:46Z');
INSERT INTO enrollment VALUES('00000000-0000-4000-8000-000000000084','00000000-0000-4000-8000-000000000016','00000000-0000-4000-8000-000000000036','enrolled',NULL,0,'social-worker','saatly','Saatlı rayon Ailə və Uşaq Dəstək Xidməti Mərkəzi','female','2021-10-20T08:01:48Z');
INSERT INTO enrollment VALUES('00000000-0000-4000-8000-000000000086','00000000-0000-4000-8000-000000000016','00000000-0000-4000-8000-000000000037','enrolled',NULL,0,'social-worker','saatly','Saatlı rayon Ailə və Uşaq Dəstək Xidməti Mərkəzi','female','2021-10-20T08:01:50Z');
INSERT INTO enrollment VALUES('00000000-0000-4000-8000-000000000088','00000000-0000-4000-8000-000000000016','00000000-0000-4000-8000-000000000038','enrolled',NULL,0,'school-psychologist','saatly','Saatlı rayon təhsil şöbəsi','female','2021-10-20T08:01:52Z');
INSERT INTO enrollment VALUES('00000000-0000-4000-8000-00000000008a','00000000-0000-4000-8000-000000000016','00000000-0000-4000-8000-000000000039','enrolled',NULL,0,'school-psychologist','saatly','Saatlı rayon təhsil şöbəsi','female','2021-10-20T08:01:54Z');
INSERT INTO enrollment VALUES('00000000-0000-4000-8000-00000000008c','00000000-0000-4000-8000-000000000016','00000000-0000-4000-8000-00000000003a','enrolled',NULL,0,'school-psychologist','saatly','Saatlı rayon təhsil şöbəsi','female','2021-10-20T08:01:56Z');
INSERT INTO enrollment VALUES('00000000-0000-4000-8000-00000000008e','00000000-0000-4000-8000-000000000016','00000000-0000-4000-8000-00000000003b','enrolled',NULL,0,'school-psychologist','saatly','Saatlı rayon təhsil şöbəsi','female','2021-10-20T08:01:58Z');
INSERT INTO enrollment VALUES('00000000-0000-4000-8000-000000000090','00000000-0000-4000-8000-000000000016','00000000-0000-4000-8000-00000000003c','enrolled',NULL,0,'school-psychologist','saatly','Saatlı rayon təhsil şöbəsi','female','2021-10-20T08:02:00Z');
INSERT INTO enrollment VALUES('00000000-0000-4000-8000-000000000092','00000000-0000-4000-8000-000000000016','00000000-0000-4000-8000-00000000003d','enrolled',NULL,0,'school-psychologist','saatly','Saatlı rayon təhsil şöbəsi','female','2021-10-20T08:02:02Z');
INSERT INTO enrollment VALUES('00000000-0000-4000-8000-000000000094','00000000-0000-4000-8000-000000000016','00000000-0000-4000-8000-00000000003e','enrolled',NULL,0,'local-administration','saatly','Saatlı Rayon İcra Hakimiyyəti','male','2021-10-20T08:02:04Z');
INSERT INTO enrollment VALUES('00000000-0000-4000-8000-000000000096','00000000-0000-4000-8000-000000000016','00000000-0000-4000-8000-00000000003f','enrolled',NULL,0,'local-administration','saatly','Saatlı Rayon İcra Hakimiyyəti','female','2021-10-20T08:02:06Z');
INSERT INTO enrollment VALUES('00000000-0000-4000-8000-000000000098','00000000-0000-4000-8000-000000000016','00000000-0000-4000-8000-000000000040','enrolled',NULL,0,'local-administration','saatly','Saatlı Rayon İcra Hakimiyyəti','male','2021-10-20T08:02:08Z');
INSERT INTO enrollment VALUES('00000000-0000-4000-8000-00000000009a','00000000-0000-4000-8000-000000000016','00000000-0000-4000-8000-000000000041','enrolled',NULL,0,'local-administration','saatly','Saatlı Rayon İcra Hakimiyyəti','female','2021-10-20T08:02:10Z');
INSERT INTO enrollment VALUES('00000000-0000-4000-8000-00000000009c','00000000-0000-4000-8000-000000000016','00000000-0000-4000-8000-000000000042','enrolled',NULL,0,'local-administration','saatly','Saatlı Rayon İcra Hakimiyyəti','male','2021-10-20T08:02:12Z');
INSERT INTO enrollment VALUES('00000000-0000-4000-8000-00000000009e','00000000-0000-4000-8000-000000000016','00000000-0000-4000-8000-000000000043','enrolled',NULL,0,'local-administration','saatly','Saatlı Rayon İcra Hakimiyyəti','female','2021-10-20T08:02:14Z');
INSERT INTO enrollment VALUES('00000000-0000-4000-8000-0000000000a0','00000000-0000-4000-8000-000000000016','00000000-0000-4000-8000-000000000044','enrolled',NULL,0,'volunteer','saatly','Saatlı Gənclər Könüllüləri İctimai Birliyi','male','2021-10-20T08:02:16Z');
INSERT INTO enrollment VALUES('00000000-0000-4000-8000-0000000000a2','00000000-0000-4000-8000-000000000016','00000000-0000-4000-8000-000000000045','enrolled',NULL,0,'volunteer','saatly','Saatlı Gənclər Könüllüləri İctimai Birliyi','female','2021-10-20T08:02:18Z');
INSERT INTO enrollment VALUES('00000000-0000-4000-8000-0000000000a4','00000000-0000-4000-8000-000000000016','00000000-0000-4000-8000-000000000046','enrolled',NULL,0,'volunteer','saatly','Saatlı Gənclər Könüllüləri İctimai Birliyi','female','2021-10-20T08:02:20Z');
INSERT INTO enrollment VALUES('00000000-0000-4000-8000-0000000000a6','00000000-0000-4000-8000-000000000016','00000000-0000-4000-8000-000000000047','enrolled',NULL,0,'volunteer','saatly','Saatlı Gənclər Könüllüləri İctimai Birliyi','male','2021-10-20T08:02:22Z');
INSERT INTO enrollment VALUES('00000000-0000-4000-8000-0000000000a8','00000000-0000-4000-8000-000000000016','00000000-0000-4000-8000-000000000048','enrolled',NULL,0,'volunteer','saatly','Saatlı Gənclər Könüllüləri İctimai Birliyi','male','2021-10-20T08:02:24Z');
INSERT INTO enrollment VALUES('00000000-0000-4000-8000-0000000000aa','00000000-0000-4000-8000-000000000016','00000000-0000-4000-8000-000000000049','enrolled',NULL,0,'police-officer','saatly','Saatlı Rayon Polis Şöbəsi','male','2021-10-20T08:02:26Z');
INSERT INTO enrollment VALUES('00000000-0000-4000-8000-0000000000ac','00000000-0000-4000-8000-000000000016','00000000-0000-4000-8000-00000000004a','enrolled',NULL,0,'police-officer','saatly','Saatlı Rayon Polis Şöbəsi','male','2021-10-20T08:02:28Z');
INSERT INTO enrollment VALUES('00000000-0000-4000-8000-0000000000ae','00000000-0000-4000-8000-000000000016','00000000-0000-4000-8000-00000000004b','enrolled',NULL,0,'health-worker','saatly','Saatlı Rayon Mərkəzi Xəstəxanası','female','2021-10-20T08:02:30Z');
INSERT INTO enrollment VALUES('00000000-0000-4000-8000-0000000000b0','00000000-0000-4000-8000-000000000016','00000000-0000-4000-8000-00000000004c','enrolled',NULL,0,'health-worker','saatly','Saatlı Rayon Mərkəzi Xəstəxanası','female','2021-10-20T08:02:32Z');
INSERT INTO enrollment VALUES('00000000-0000-4000-8000-0000000000b2','00000000-0000-4000-8000-00000000001e','00000000-0000-4000-8000-00000000004d','enrolled',NULL,0,'social-worker','khazar','Şüvəlan Ailə və Uşaq Dəstək Xidməti Mərkəzi','male','2021-10-20T08:02:34Z');
INSERT INTO enrollment VALUES('00000000-0000-4000-8000-0000000000b4','00000000-0000-4000-8000-00000000001e','00000000-0000-4000-8000-00000000004e','enrolled',NULL,0,'social-worker','khazar','Şüvəlan Ailə və Uşaq Dəstək Xidməti Mərkəzi','female','2021-10-20T08:02:36Z');
INSERT INTO enrollment VALUES('00000000-0000-4000-8000-0000000000b6','00000000-0000-4000-8000-00000000001e','00000000-0000-4000-8000-00000000004f','enrolled',NULL,0,'social-worker','khazar','Şüvəlan Ailə və Uşaq Dəstək Xidməti Mərkəzi','female','2021-10-20T08:02:38Z');
INSERT INTO enrollment VALUES('00000000-0000-4000-8000-0000000000b8','00000000-0000-4000-8000-00000000001e','00000000-0000-4000-8000-000000000050','enrolled',NULL,0,'social-worker','khazar','Şüvəlan Ailə və Uşaq Dəstək Xidməti Mərkəzi','male','2021-10-20T08:02:40Z');
INSERT INTO enrollment VALUES('00000000-0000-4000-8000-0000000000ba','00000000-0000-4000-8000-00000000001e','00000000-0000-4000-8000-000000000051','enrolled',NULL,0,'social-worker','khazar','Şüvəlan Ailə və Uşaq Dəstək Xidməti Mərkəzi','male','2021-10-20T08:02:42Z');
INSERT INTO enrollment VALUES('00000000-0000-4000-8000-0000000000bc','00000000-0000-4000-8000-00000000001e','00000000-0000-4000-8000-000000000052','enrolled',NULL,0,'social-worker','khazar','Şüvəlan Ailə və Uşaq Dəstək Xidməti Mərkəzi','female','2021-10-20T08:02:44Z');
INSERT INTO enrollment VALUES('00000000-0000-4000-8000-0000000000be','00000000-0000-4000-8000-00000000001e','00000000-0000-4000-8000-000000000053','enrolled',NULL,0,'school-psychologist','khazar','Şüvəlan qəsəbəsi 178 nömrəli tam orta məktəb','male','2021-10-20T08:02:46Z');
INSERT INTO enrollment VALUES('00000000-0000-4000-8000-0000000000c0','00000000-0000-4000-8000-00000000001e','00000000-0000-4000-8000-000000000054','enrolled',NULL,0,'school-psychologist','khazar','Şüvəlan qəsəbəsi 178 nömrəli tam orta məktəb','female','2021-10-20T08:02:48Z');
INSERT INTO enrollment VALUES('00000000-0000-4000-8000-0000000000c2','00000000-0000-4000-8000-00000000001e','00000000-0000-4000-8000-000000000055','enrolled',NULL,0,'school-psychologist','khazar','Şüvəlan qəsəbəsi 178 nömrəli tam orta məktəb','female','2021-10-20T08:02:50Z');
INSERT INTO enrollment VALUES('00000000-0000-4000-8000-0000000000c4','00000000-0000-4000-8000-00000000001e','00000000-0000-4000-8000-000000000056','enrolled',NULL,0,'school-psychologist','khazar','Şüvəlan qəsəbəsi 178 nömrəli tam orta məktəb','male','2021-10-20T08:02:52Z');
INSERT INTO enrollment VALUES('00000000-0000-4000-8000-0000000000c6','00000000-0000-4000-8000-00000000001e','00000000-0000-4000-8000-000000000057','enrolled',NULL,0,'school-psychologist','khazar','Şüvəlan qəsəbəsi 178 nömrəli tam orta məktəb','female','2021-10-20T08:02:54Z');
INSERT INTO enrollment VALUES('00000000-0000-4000-8000-0000000000c8','00000000-0000-4000-8000-00000000001e','00000000-0000-4000-8000-000000000058','enrolled',NULL,0,'school-psychologist','khazar','Şüvəlan qəsəbəsi 178 nömrəli tam orta məktəb','female','2021-10-20T08:02:56Z');
INSERT INTO enrollment VALUES('00000000-0000-4000-8000-0000000000ca','00000000-0000-4000-8000-00000000001e','00000000-0000-4000-8000-000000000059','enrolled',NULL,0,'local-administration','khazar','Xəzər Rayon İcra Hakimiyyətinin Şüvəlan qəsəbə nümayəndəliyi','female','2021-10-20T08:02:58Z');
INSERT INTO enrollment VALUES('00000000-0000-4000-8000-0000000000cc','00000000-0000-4000-8000-00000000001e','00000000-0000-4000-8000-00000000005a','enrolled',NULL,0,'local-administration','khazar','Xəzər Rayon İcra Hakimiyyətinin Şüvəlan qəsəbə nümayəndəliyi','male','2021-10-20T08:03:00Z');
INSERT INTO enrollment VALUES('00000000-0000-4000-8000-0000000000ce','00000000-0000-4000-8000-00000000001e','00000000-0000-4000-8000-00000000005b','enrolled',NULL,0,'local-administration','khazar','Xəzər Rayon İcra Hakimiyyətinin Şüvəlan qəsəbə nümayəndəliyi','male','2021-10-20T08:03:02Z');
INSERT INTO enrollment VALUES('00000000-0000-4000-8000-0000000000d0','00000000-0000-4000-8000-00000000001e','00000000-0000-4000-8000-00000000005c','enrolled',NULL,0,'local-administration','khazar','Xəzər Rayon İcra Hakimiyyətinin Şüvəlan qəsəbə nümayəndəliyi','male','2021-10-20T08:03:04Z');
INSERT INTO enrollment VALUES('00000000-0000-4000-8000-0000000000d2','00000000-0000-4000-8000-00000000001e','00000000-0000-4000-8000-00000000005d','enrolled',NULL,0,'local-administration','khazar','Xəzər Rayon İcra Hakimiyyətinin Şüvəlan qəsəbə nümayəndəliyi','female','2021-10-20T08:03:06Z');
INSERT INTO enrollment VALUES('00000000-0000-4000-8000-0000000000d4','00000000-0000-4000-8000-00000000001e','00000000-0000-4000-8000-00000000005e','enrolled',NULL,0,'volunteer','khazar','Xəzər Könüllüləri','female','2021-10-20T08:03:08Z');
INSERT INTO enrollment VALUES('00000000-0000-4000-8000-0000000000d6','00000000-0000-4000-8000-00000000001e','00000000-0000-4000-8000-00000000005f','enrolled',NULL,0,'volunteer','khazar','Xəzər Könüllüləri','male','2021-10-20T08:03:10Z');
INSERT INTO enrollment VALUES('00000000-0000-4000-8000-0000000000d8','00000000-0000-4000-8000-00000000001e','00000000-0000-4000-8000-000000000060','enrolled',NULL,0,'volunteer','khazar','Xəzər Könüllüləri','female','2021-10-20T08:03:12Z');
INSERT INTO enrollment VALUES('00000000-0000-4000-8000-0000000000da','00000000-0000-4000-8000-00000000001e','00000000-0000-4000-8000-000000000061','enrolled',NULL,0,'volunteer','khazar','Xəzər Könüllüləri','male','2021-10-20T08:03:14Z');
INSERT INTO enrollment VALUES('00000000-0000-4000-8000-0000000000dc','00000000-0000-4000-8000-00000000001e','00000000-0000-4000-8000-000000000062','enrolled',NULL,0,'volunteer','khazar','Xəzər Könüllüləri','male','2021-10-20T08:03:16Z');
INSERT INTO enrollment VALUES('00000000-0000-4000-8000-0000000000de','00000000-0000-4000-8000-00000000001e','00000000-0000-4000-8000-000000000063','enrolled',NULL,0,'teacher','khazar','Şüvəlan qəsəbəsi 179 nömrəli tam orta məktəb','female','2021-10-20T08:03:18Z');
INSERT INTO enrollment VALUES('00000000-0000-4000-8000-0000000000e0','00000000-0000-4000-8000-00000000001e','00000000-0000-4000-8000-000000000064','enrolled',NULL,0,'teacher','khazar','Şüvəlan qəsəbəsi 179 nömrəli tam orta məktəb','female','2021-10-20T08:03:20Z');
INSERT INTO enrollment VALUES('00000000-0000-4000-8000-0000000000e2','00000000-0000-4000-8000-00000000001e','00000000-0000-4000-8000-000000000065','enrolled',NULL,0,'teacher','khazar','Şüvəlan qəsəbəsi 179 nömrəli tam orta məktəb','female','2021-10-20T08:03:22Z');
INSERT INTO enrollment VALUES('00000000-0000-4000-8000-0000000000e4','00000000-0000-4000-8000-00000000001e','00000000-0000-4000-8000-000000000066','enrolled',NULL,0,'teacher','khazar','Şüvəlan qəsəbəsi 179 nömrəli tam orta məktəb','female','2021-10-20T08:03:24Z');
INSERT INTO enrollment VALUES('00000000-0000-4000-8000-0000000000e6','00000000-0000-4000-8000-000000000026','00000000-0000-4000-8000-000000000067','enrolled',NULL,0,'judge','baku','Bakı Apellyasiya Məhkəməsi','female','2021-10-20T08:03:26Z');
INSERT INTO enrollment VALUES('00000000-0000-4000-8000-0000000000e8','00000000-0000-4000-8000-000000000026','00000000-0000-4000-8000-000000000068','enrolled',NULL,0,'judge','baku','Bakı Apellyasiya Məhkəməsi','female','2021-10-20T08:03:28Z');
INSERT INTO enrollment VALUES('00000000-0000-4000-8000-0000000000ea','00000000-0000-4000-8000-000000000026','00000000-0000-4000-8000-000000000069','enrolled',NULL,0,'judge','baku','Bakı Apellyasiya Məhkəməsi','male','2021-10-20T08:03:30Z');
INSERT INTO enrollment VALUES('00000000-0000-4000-8000-0000000000ec','00000000-0000-4000-8000-000000000026','00000000-0000-4000-8000-00000000006a','enrolled',NULL,0,'judge','baku','Bakı Apellyasiya Məhkəməsi','female','2021-10-20T08:03:32Z');
INSERT INTO enrollment VALUES('00000000-0000-4000-8000-0000000000ee','00000000-0000-4000-8000-000000000026','00000000-0000-4000-8000-00000000006b','enrolled',NULL,0,'judge','khazar','Xəzər Rayon Məhkəməsi','female','2021-10-20T08:03:34Z');
INSERT INTO enrollment VALUES('00000000-0000-4000-8000-0000000000f0','00000000-0000-4000-8000-000000000026','00000000-0000-4000-8000-00000000006c','enrolled',NULL,0,'judge','khazar','Xəzər Rayon Məhkəməsi','female','2021-10-20T08:03:36Z');
INSERT INTO enrollment VALUES('00000000-0000-4000-8000-0000000000f2','00000000-0000-4000-8000-000000000026','00000000-0000-4000-8000-00000000006d','enrolled',NULL,0,'prosecutor','baku','Xəzər Rayon Prokurorluğu','female','2021-10-20T08:03:38Z');
INSERT INTO enrollment VALUES('00000000-0000-4000-8000-0000000000f4','00000000-0000-4000-8000-000000000026','00000000-0000-4000-8000-00000000006e','enrolled',NULL,0,'prosecutor','khazar','Xəzər Rayon Prokurorluğu','male','2021-10-20T08:03:40Z');
INSERT INTO enrollment VALUES('00000000-0000-4000-8000-0000000000f6','00000000-0000-4000-8000-00000000002c','00000000-0000-4000-8000-00000000006f','enrolled',NULL,0,'journalist','baku','Azərbaycan Dövlət Teleqraf Agentliyi','female','2021-10-20T08:03:42Z');
INSERT INTO enrollment VALUES('00000000-0000-4000-8000-0000000000f8','00000000-0000-4000-8000-00000000002c','00000000-0000-4000-8000-000000000070','enrolled',NULL,0,'journalist','baku','Azərbaycan Dövlət Teleqraf Agentliyi','male','2021-10-20T08:03:44Z');
INSERT INTO enrollment VALUES('00000000-0000-4000-8000-0000000000fa','00000000-0000-4000-8000-00000000002c','00000000-0000-4000-8000-000000000071','enrolled',NULL,0,'journalist','sumgait','Bakı Xəbər','female','2021-10-20T08:03:46Z');
INSERT INTO enrollment VALUES('00000000-0000-4000-8000-0000000000fc','00000000-0000-4000-8000-00000000002c','00000000-0000-4000-8000-000000000072','enrolled',NULL,0,'journalist','sumgait','Bakı Xəbər','female','2021-10-20T08:03:48Z');
INSERT INTO enrollment VALUES('00000000-0000-4000-8000-0000000000fe','00000000-0000-4000-8000-00000000002c','00000000-0000-4000-8000-000000000073','enrolled',NULL,0,'journalist','sumgait','Bakı Xəbər','male','2021-10-20T08:03:50Z');
INSERT INTO enrollment VALUES('00000000-0000-4000-8000-000000000100','00000000-0000-4000-8000-00000000002c','00000000-0000-4000-8000-000000000074','enrolled',NULL,0,'journalist','sumgait','Sumqayıt TV','male','2021-10-20T08:03:52Z');
INSERT INTO enrollment VALUES('00000000-0000-4000-8000-000000000102','00000000-0000-4000-8000-00000000002c','00000000-0000-4000-8000-000000000075','enrolled',NULL,0,'journalist','baku','Sumqayıt TV','male','2021-10-20T08:03:54Z');
INSERT INTO enrollment VALUES('01a229b0-61ab-7335-8051-a3e3a1ab2d87','01a229b0-6190-7a4c-b01b-b0bfc5a81eb7','00000000-0000-4000-8000-000000000031','withdrawn',NULL,0,'social-worker','saatly','Saatlı rayon Ailə və Uşaq Dəstək Xidməti Mərkəzi','female','2026-11-29T23:42:34Z');
INSERT INTO enrollment VALUES('01a229b0-61ac-76bb-b32b-4ce16e8ac11b','01a229b0-6190-7a4c-b01b-b0bfc5a81eb7','00000000-0000-4000-8000-000000000032','enrolled',NULL,0,'social-worker','saatly','Saatlı rayon Ailə və Uşaq Dəstək Xidməti Mərkəzi','female','2026-11-29T23:42:34Z');
INSERT INTO enrollment VALUES('01a229b0-61ac-761e-9233-dd463b47bbf3','01a229b0-6190-7a4c-b01b-b0bfc5a81eb7','00000000-0000-4000-8000-000000000033','enrolled',NULL,0,'social-worker','saatly','Saatlı rayon Ailə və Uşaq Dəstək Xidməti Mərkəzi','male','2026-11-29T23:42:34Z');
INSERT INTO enrollment VALUES('01a229b0-61ac-7c7f-8a40-5ee94640dfa1','01a229b0-6190-7a4c-b01b-b0bfc5a81eb7','00000000-0000-4000-8000-000000000034','waitlisted',2,0,'social-worker','saatly','Saatlı rayon Ailə və Uşaq Dəstək Xidməti Mərkəzi','male','2026-11-29T23:42:34Z');
INSERT INTO enrollment VALUES('01a229b0-61ee-7e71-b77a-d4b857e131e2','01a229b0-6190-7a4c-b01b-b0bfc5a81eb7','00000000-0000-4000-8000-00000000003a','enrolled',NULL,1,'school-psychologist','saatly','Saatlı rayon təhsil şöbəsi','female','2026-11-29T23:42:34Z');
INSERT INTO enrollment VALUES('01a229b0-621c-7b3c-8770-dd645443e1d7','01a229b0-6200-76d5-a953-e9a56bacc7ed','00000000-0000-4000-8000-000000000044','enrolled',NULL,0,'volunteer','saatly','Saatlı Gənclər Könüllüləri İctimai Birliyi','male','2026-11-29T23:42:35Z');
CREATE TABLE assessment_score (
    id TEXT PRIMARY KEY,
    enrollment_id TEXT NOT NULL REFERENCES enrollment (id),
    kind TEXT NOT NULL CHECK (kind IN ('pre', 'post')),
    score INTEGER NOT NULL CHECK (score >= 0),
    max_score INTEGER NOT NULL CHECK (max_score > 0),
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    UNIQUE (enrollment_id, kind),
    CHECK (score <= max_score)
);
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-00000000027d','00000000-0000-4000-8000-00000000007a','pre',10,20,'demo','2021-10-20T08:03:57Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-00000000027e','00000000-0000-4000-8000-00000000007a','post',9,20,'demo','2021-10-20T08:03:58Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-00000000027f','00000000-0000-4000-8000-00000000007c','pre',12,20,'demo','2021-10-20T08:03:59Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-000000000280','00000000-0000-4000-8000-00000000007c','post',20,20,'demo','2021-10-20T08:04:00Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-000000000281','00000000-0000-4000-8000-00000000007e','pre',8,20,'demo','2021-10-20T08:04:01Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-000000000282','00000000-0000-4000-8000-00000000007e','post',13,20,'demo','2021-10-20T08:04:02Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-000000000283','00000000-0000-4000-8000-000000000080','pre',8,20,'demo','2021-10-20T08:04:03Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-000000000284','00000000-0000-4000-8000-000000000080','post',18,20,'demo','2021-10-20T08:04:04Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-000000000285','00000000-0000-4000-8000-000000000082','pre',11,20,'demo','2021-10-20T08:04:05Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-000000000286','00000000-0000-4000-8000-000000000082','post',18,20,'demo','2021-10-20T08:04:06Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-000000000287','00000000-0000-4000-8000-000000000084','pre',7,20,'demo','2021-10-20T08:04:07Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-000000000288','00000000-0000-4000-8000-000000000084','post',10,20,'demo','2021-10-20T08:04:08Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-000000000289','00000000-0000-4000-8000-000000000086','pre',11,20,'demo','2021-10-20T08:04:09Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-00000000028a','00000000-0000-4000-8000-000000000086','post',19,20,'demo','2021-10-20T08:04:10Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-00000000028b','00000000-0000-4000-8000-000000000088','pre',12,20,'demo','2021-10-20T08:04:11Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-00000000028c','00000000-0000-4000-8000-000000000088','post',15,20,'demo','2021-10-20T08:04:12Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-00000000028d','00000000-0000-4000-8000-00000000008a','pre',8,20,'demo','2021-10-20T08:04:13Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-00000000028e','00000000-0000-4000-8000-00000000008a','post',9,20,'demo','2021-10-20T08:04:14Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-00000000028f','00000000-0000-4000-8000-00000000008c','pre',12,20,'demo','2021-10-20T08:04:15Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-000000000290','00000000-0000-4000-8000-00000000008c','post',16,20,'demo','2021-10-20T08:04:16Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-000000000291','00000000-0000-4000-8000-00000000008e','pre',7,20,'demo','2021-10-20T08:04:17Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-000000000292','00000000-0000-4000-8000-00000000008e','post',12,20,'demo','2021-10-20T08:04:18Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-000000000293','00000000-0000-4000-8000-000000000090','pre',5,20,'demo','2021-10-20T08:04:19Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-000000000294','00000000-0000-4000-8000-000000000090','post',12,20,'demo','2021-10-20T08:04:20Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-000000000295','00000000-0000-4000-8000-000000000092','pre',8,20,'demo','2021-10-20T08:04:21Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-000000000296','00000000-0000-4000-8000-000000000092','post',18,20,'demo','2021-10-20T08:04:22Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-000000000297','00000000-0000-4000-8000-000000000094','pre',14,20,'demo','2021-10-20T08:04:23Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-000000000298','00000000-0000-4000-8000-000000000094','post',20,20,'demo','2021-10-20T08:04:24Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-000000000299','00000000-0000-4000-8000-000000000096','pre',12,20,'demo','2021-10-20T08:04:25Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-00000000029a','00000000-0000-4000-8000-000000000096','post',18,20,'demo','2021-10-20T08:04:26Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-00000000029b','00000000-0000-4000-8000-000000000098','pre',14,20,'demo','2021-10-20T08:04:27Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-00000000029c','00000000-0000-4000-8000-000000000098','post',16,20,'demo','2021-10-20T08:04:28Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-00000000029d','00000000-0000-4000-8000-00000000009a','pre',5,20,'demo','2021-10-20T08:04:29Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-00000000029e','00000000-0000-4000-8000-00000000009a','post',6,20,'demo','2021-10-20T08:04:30Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-00000000029f','00000000-0000-4000-8000-00000000009c','pre',8,20,'demo','2021-10-20T08:04:31Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002a0','00000000-0000-4000-8000-00000000009c','post',12,20,'demo','2021-10-20T08:04:32Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002a1','00000000-0000-4000-8000-00000000009e','pre',8,20,'demo','2021-10-20T08:04:33Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002a2','00000000-0000-4000-8000-00000000009e','post',11,20,'demo','2021-10-20T08:04:34Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002a3','00000000-0000-4000-8000-0000000000a0','pre',12,20,'demo','2021-10-20T08:04:35Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002a4','00000000-0000-4000-8000-0000000000a0','post',16,20,'demo','2021-10-20T08:04:36Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002a5','00000000-0000-4000-8000-0000000000a2','pre',8,20,'demo','2021-10-20T08:04:37Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002a6','00000000-0000-4000-8000-0000000000a2','post',10,20,'demo','2021-10-20T08:04:38Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002a7','00000000-0000-4000-8000-0000000000a4','pre',14,20,'demo','2021-10-20T08:04:39Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002a8','00000000-0000-4000-8000-0000000000a4','post',19,20,'demo','2021-10-20T08:04:40Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002a9','00000000-0000-4000-8000-0000000000a6','pre',14,20,'demo','2021-10-20T08:04:41Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002aa','00000000-0000-4000-8000-0000000000a6','post',20,20,'demo','2021-10-20T08:04:42Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002ab','00000000-0000-4000-8000-0000000000a8','pre',14,20,'demo','2021-10-20T08:04:43Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002ac','00000000-0000-4000-8000-0000000000a8','post',20,20,'demo','2021-10-20T08:04:44Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002ad','00000000-0000-4000-8000-0000000000aa','pre',9,20,'demo','2021-10-20T08:04:45Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002ae','00000000-0000-4000-8000-0000000000aa','post',19,20,'demo','2021-10-20T08:04:46Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002af','00000000-0000-4000-8000-0000000000ac','pre',12,20,'demo','2021-10-20T08:04:47Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002b0','00000000-0000-4000-8000-0000000000ac','post',16,20,'demo','2021-10-20T08:04:48Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002b1','00000000-0000-4000-8000-0000000000ae','pre',12,20,'demo','2021-10-20T08:04:49Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002b2','00000000-0000-4000-8000-0000000000ae','post',14,20,'demo','2021-10-20T08:04:50Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002b3','00000000-0000-4000-8000-0000000000b0','pre',14,20,'demo','2021-10-20T08:04:51Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002b4','00000000-0000-4000-8000-0000000000b0','post',18,20,'demo','2021-10-20T08:04:52Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002b5','00000000-0000-4000-8000-0000000000b2','pre',13,20,'demo','2021-10-20T08:04:53Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002b6','00000000-0000-4000-8000-0000000000b2','post',20,20,'demo','2021-10-20T08:04:54Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002b7','00000000-0000-4000-8000-0000000000b4','pre',14,20,'demo','2021-10-20T08:04:55Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002b8','00000000-0000-4000-8000-0000000000b4','post',20,20,'demo','2021-10-20T08:04:56Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002b9','00000000-0000-4000-8000-0000000000b6','pre',5,20,'demo','2021-10-20T08:04:57Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002ba','00000000-0000-4000-8000-0000000000b6','post',12,20,'demo','2021-10-20T08:04:58Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002bb','00000000-0000-4000-8000-0000000000b8','pre',9,20,'demo','2021-10-20T08:04:59Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002bc','00000000-0000-4000-8000-0000000000b8','post',14,20,'demo','2021-10-20T08:05:00Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002bd','00000000-0000-4000-8000-0000000000ba','pre',8,20,'demo','2021-10-20T08:05:01Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002be','00000000-0000-4000-8000-0000000000ba','post',13,20,'demo','2021-10-20T08:05:02Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002bf','00000000-0000-4000-8000-0000000000bc','pre',9,20,'demo','2021-10-20T08:05:03Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002c0','00000000-0000-4000-8000-0000000000bc','post',17,20,'demo','2021-10-20T08:05:04Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002c1','00000000-0000-4000-8000-0000000000be','pre',7,20,'demo','2021-10-20T08:05:05Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002c2','00000000-0000-4000-8000-0000000000be','post',8,20,'demo','2021-10-20T08:05:06Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002c3','00000000-0000-4000-8000-0000000000c0','pre',9,20,'demo','2021-10-20T08:05:07Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002c4','00000000-0000-4000-8000-0000000000c0','post',14,20,'demo','2021-10-20T08:05:08Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002c5','00000000-0000-4000-8000-0000000000c2','pre',9,20,'demo','2021-10-20T08:05:09Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002c6','00000000-0000-4000-8000-0000000000c2','post',17,20,'demo','2021-10-20T08:05:10Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002c7','00000000-0000-4000-8000-0000000000c4','pre',13,20,'demo','2021-10-20T08:05:11Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002c8','00000000-0000-4000-8000-0000000000c4','post',20,20,'demo','2021-10-20T08:05:12Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002c9','00000000-0000-4000-8000-0000000000c6','pre',13,20,'demo','2021-10-20T08:05:13Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002ca','00000000-0000-4000-8000-0000000000c6','post',20,20,'demo','2021-10-20T08:05:14Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002cb','00000000-0000-4000-8000-0000000000c8','pre',12,20,'demo','2021-10-20T08:05:15Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002cc','00000000-0000-4000-8000-0000000000c8','post',12,20,'demo','2021-10-20T08:05:16Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002cd','00000000-0000-4000-8000-0000000000ca','pre',13,20,'demo','2021-10-20T08:05:17Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002ce','00000000-0000-4000-8000-0000000000ca','post',14,20,'demo','2021-10-20T08:05:18Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002cf','00000000-0000-4000-8000-0000000000cc','pre',10,20,'demo','2021-10-20T08:05:19Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002d0','00000000-0000-4000-8000-0000000000cc','post',16,20,'demo','2021-10-20T08:05:20Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002d1','00000000-0000-4000-8000-0000000000ce','pre',14,20,'demo','2021-10-20T08:05:21Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002d2','00000000-0000-4000-8000-0000000000ce','post',17,20,'demo','2021-10-20T08:05:22Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002d3','00000000-0000-4000-8000-0000000000d0','pre',12,20,'demo','2021-10-20T08:05:23Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002d4','00000000-0000-4000-8000-0000000000d0','post',20,20,'demo','2021-10-20T08:05:24Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002d5','00000000-0000-4000-8000-0000000000d2','pre',7,20,'demo','2021-10-20T08:05:25Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002d6','00000000-0000-4000-8000-0000000000d2','post',16,20,'demo','2021-10-20T08:05:26Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002d7','00000000-0000-4000-8000-0000000000d4','pre',6,20,'demo','2021-10-20T08:05:27Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002d8','00000000-0000-4000-8000-0000000000d4','post',13,20,'demo','2021-10-20T08:05:28Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002d9','00000000-0000-4000-8000-0000000000d6','pre',8,20,'demo','2021-10-20T08:05:29Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002da','00000000-0000-4000-8000-0000000000d6','post',15,20,'demo','2021-10-20T08:05:30Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002db','00000000-0000-4000-8000-0000000000d8','pre',6,20,'demo','2021-10-20T08:05:31Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002dc','00000000-0000-4000-8000-0000000000d8','post',14,20,'demo','2021-10-20T08:05:32Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002dd','00000000-0000-4000-8000-0000000000da','pre',5,20,'demo','2021-10-20T08:05:33Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002de','00000000-0000-4000-8000-0000000000da','post',13,20,'demo','2021-10-20T08:05:34Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002df','00000000-0000-4000-8000-0000000000dc','pre',11,20,'demo','2021-10-20T08:05:35Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002e0','00000000-0000-4000-8000-0000000000dc','post',18,20,'demo','2021-10-20T08:05:36Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002e1','00000000-0000-4000-8000-0000000000de','pre',9,20,'demo','2021-10-20T08:05:37Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002e2','00000000-0000-4000-8000-0000000000de','post',16,20,'demo','2021-10-20T08:05:38Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002e3','00000000-0000-4000-8000-0000000000e0','pre',10,20,'demo','2021-10-20T08:05:39Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002e4','00000000-0000-4000-8000-0000000000e0','post',16,20,'demo','2021-10-20T08:05:40Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002e5','00000000-0000-4000-8000-0000000000e2','pre',10,20,'demo','2021-10-20T08:05:41Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002e6','00000000-0000-4000-8000-0000000000e2','post',18,20,'demo','2021-10-20T08:05:42Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002e7','00000000-0000-4000-8000-0000000000e4','pre',10,20,'demo','2021-10-20T08:05:43Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002e8','00000000-0000-4000-8000-0000000000e4','post',12,20,'demo','2021-10-20T08:05:44Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002e9','00000000-0000-4000-8000-0000000000e6','pre',13,20,'demo','2021-10-20T08:05:45Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002ea','00000000-0000-4000-8000-0000000000e6','post',17,20,'demo','2021-10-20T08:05:46Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002eb','00000000-0000-4000-8000-0000000000e8','pre',7,20,'demo','2021-10-20T08:05:47Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002ec','00000000-0000-4000-8000-0000000000e8','post',8,20,'demo','2021-10-20T08:05:48Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002ed','00000000-0000-4000-8000-0000000000ea','pre',14,20,'demo','2021-10-20T08:05:49Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002ee','00000000-0000-4000-8000-0000000000ea','post',15,20,'demo','2021-10-20T08:05:50Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002ef','00000000-0000-4000-8000-0000000000ec','pre',13,20,'demo','2021-10-20T08:05:51Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002f0','00000000-0000-4000-8000-0000000000ec','post',18,20,'demo','2021-10-20T08:05:52Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002f1','00000000-0000-4000-8000-0000000000ee','pre',10,20,'demo','2021-10-20T08:05:53Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002f2','00000000-0000-4000-8000-0000000000ee','post',14,20,'demo','2021-10-20T08:05:54Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002f3','00000000-0000-4000-8000-0000000000f0','pre',8,20,'demo','2021-10-20T08:05:55Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002f4','00000000-0000-4000-8000-0000000000f0','post',13,20,'demo','2021-10-20T08:05:56Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002f5','00000000-0000-4000-8000-0000000000f2','pre',7,20,'demo','2021-10-20T08:05:57Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002f6','00000000-0000-4000-8000-0000000000f2','post',12,20,'demo','2021-10-20T08:05:58Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002f7','00000000-0000-4000-8000-0000000000f4','pre',12,20,'demo','2021-10-20T08:05:59Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002f8','00000000-0000-4000-8000-0000000000f4','post',16,20,'demo','2021-10-20T08:06:00Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002f9','00000000-0000-4000-8000-0000000000f6','pre',6,10,'demo','2021-10-20T08:06:01Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002fa','00000000-0000-4000-8000-0000000000f6','post',6,10,'demo','2021-10-20T08:06:02Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002fb','00000000-0000-4000-8000-0000000000f8','pre',2,10,'demo','2021-10-20T08:06:03Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002fc','00000000-0000-4000-8000-0000000000f8','post',5,10,'demo','2021-10-20T08:06:04Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002fd','00000000-0000-4000-8000-0000000000fa','pre',5,10,'demo','2021-10-20T08:06:05Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002fe','00000000-0000-4000-8000-0000000000fa','post',8,10,'demo','2021-10-20T08:06:06Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-0000000002ff','00000000-0000-4000-8000-0000000000fc','pre',2,10,'demo','2021-10-20T08:06:07Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-000000000300','00000000-0000-4000-8000-0000000000fc','post',7,10,'demo','2021-10-20T08:06:08Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-000000000301','00000000-0000-4000-8000-0000000000fe','pre',6,10,'demo','2021-10-20T08:06:09Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-000000000302','00000000-0000-4000-8000-0000000000fe','post',8,10,'demo','2021-10-20T08:06:10Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-000000000303','00000000-0000-4000-8000-000000000100','pre',5,10,'demo','2021-10-20T08:06:11Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-000000000304','00000000-0000-4000-8000-000000000100','post',8,10,'demo','2021-10-20T08:06:12Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-000000000305','00000000-0000-4000-8000-000000000102','pre',2,10,'demo','2021-10-20T08:06:13Z');
INSERT INTO assessment_score VALUES('00000000-0000-4000-8000-000000000306','00000000-0000-4000-8000-000000000102','post',7,10,'demo','2021-10-20T08:06:14Z');
CREATE TABLE certificate (
    id TEXT PRIMARY KEY,
    serial TEXT NOT NULL UNIQUE,
    series TEXT NOT NULL,
    year INTEGER NOT NULL,
    sequence INTEGER NOT NULL CHECK (sequence > 0),
    verification_code TEXT NOT NULL UNIQUE,
    enrollment_id TEXT NOT NULL REFERENCES enrollment (id),
    issued_at TEXT NOT NULL,
    issued_by TEXT NOT NULL,
    revoked_at TEXT,
    revoke_reason TEXT,
    superseded_by_id TEXT REFERENCES certificate (id), issue_date TEXT,
    UNIQUE (series, year, sequence)
);
INSERT INTO certificate VALUES('00000000-0000-4000-8000-000000000308','DV-2021-00001','DV',2021,1,'285F-TYR4-7QJ3-WYW3','00000000-0000-4000-8000-000000000086','2021-10-20T08:06:15Z','demo',NULL,NULL,NULL,'2021-10-27');
INSERT INTO certificate VALUES('00000000-0000-4000-8000-00000000030b','DV-2021-00002','DV',2021,2,'YH4C-48XQ-BEV2-WJMG','00000000-0000-4000-8000-000000000094','2021-10-20T08:06:17Z','demo',NULL,NULL,NULL,'2021-10-27');
INSERT INTO certificate VALUES('00000000-0000-4000-8000-00000000030e','DV-2021-00003','DV',2021,3,'10WY-T6G6-78KY-VY02','00000000-0000-4000-8000-00000000007e','2021-10-20T08:06:19Z','demo','2026-11-29T23:42:35Z','issued to the wrong person',NULL,'2021-10-27');
INSERT INTO certificate VALUES('00000000-0000-4000-8000-000000000311','DV-2021-00004','DV',2021,4,'0XGN-HXT8-19SA-NEJE','00000000-0000-4000-8000-000000000092','2021-10-20T08:06:21Z','demo',NULL,NULL,NULL,'2021-10-27');
INSERT INTO certificate VALUES('00000000-0000-4000-8000-000000000314','DV-2021-00005','DV',2021,5,'GEHQ-8S14-0P0T-1VWT','00000000-0000-4000-8000-000000000090','2021-10-20T08:06:23Z','demo',NULL,NULL,'01a229b0-6253-7bc5-a5d7-5bea12849788','2021-10-27');
INSERT INTO certificate VALUES('00000000-0000-4000-8000-000000000317','DV-2021-00006','DV',2021,6,'ZK9E-BC4J-B97V-25ZY','00000000-0000-4000-8000-0000000000ae','2021-10-20T08:06:25Z','demo',NULL,NULL,NULL,'2021-10-27');
INSERT INTO certificate VALUES('00000000-0000-4000-8000-00000000031a','DV-2021-00007','DV',2021,7,'D9FV-PDEY-4B51-ZX3E','00000000-0000-4000-8000-00000000008c','2021-10-20T08:06:27Z','demo',NULL,NULL,NULL,'2021-10-27');
INSERT INTO certificate VALUES('00000000-0000-4000-8000-00000000031d','DV-2021-00008','DV',2021,8,'E1AV-0NCH-02T4-W3JR','00000000-0000-4000-8000-0000000000ac','2021-10-20T08:06:29Z','demo',NULL,NULL,NULL,'2021-10-27');
INSERT INTO certificate VALUES('00000000-0000-4000-8000-000000000320','DV-2021-00009','DV',2021,9,'840K-CPAD-VRZM-Q6JY','00000000-0000-4000-8000-0000000000a8','2021-10-20T08:06:31Z','demo',NULL,NULL,NULL,'2021-10-27');
INSERT INTO certificate VALUES('00000000-0000-4000-8000-000000000323','DV-2021-00010','DV',2021,10,'AYY4-A05C-ZBC3-PP58','00000000-0000-4000-8000-0000000000a4','2021-10-20T08:06:33Z','demo',NULL,NULL,NULL,'2021-10-27');
INSERT INTO certificate VALUES('00000000-0000-4000-8000-000000000326','DV-2021-00011','DV',2021,11,'DSMD-PNXV-VXTG-8BKW','00000000-0000-4000-8000-0000000000b0','2021-10-20T08:06:35Z','demo',NULL,NULL,NULL,'2021-10-27');
INSERT INTO certificate VALUES('00000000-0000-4000-8000-000000000329','DV-2021-00012','DV',2021,12,'9NFJ-YPH7-VE74-FPTS','00000000-0000-4000-8000-00000000008e','2021-10-20T08:06:37Z','demo',NULL,NULL,NULL,'2021-10-27');
INSERT INTO certificate VALUES('00000000-0000-4000-8000-00000000032c','DV-2021-00013','DV',2021,13,'RR6C-N6QK-2W6T-ZW1S','00000000-0000-4000-8000-000000000098','2021-10-20T08:06:39Z','demo',NULL,NULL,NULL,'2021-10-27');
INSERT INTO certificate VALUES('00000000-0000-4000-8000-00000000032f','DV-2021-00014','DV',2021,14,'XVJB-2GRN-KNFV-9V2G','00000000-0000-4000-8000-000000000096','2021-10-20T08:06:41Z','demo',NULL,NULL,NULL,'2021-10-27');
INSERT INTO certificate VALUES('00000000-0000-4000-8000-000000000332','DV-2021-00015','DV',2021,15,'2XQK-J2ZM-GPCB-D1WB','00000000-0000-4000-8000-0000000000aa','2021-10-20T08:06:43Z','demo',NULL,NULL,NULL,'2021-10-27');
INSERT INTO certificate VALUES('00000000-0000-4000-8000-000000000335','DV-2021-00016','DV',2021,16,'2SSG-7TH6-6KM5-7293','00000000-0000-4000-8000-0000000000a6','2021-10-20T08:06:45Z','demo',NULL,NULL,NULL,'2021-10-27');
INSERT INTO certificate VALUES('00000000-0000-4000-8000-000000000338','DV-2021-00017','DV',2021,17,'2NYP-N1KM-D95K-6SMG','00000000-0000-4000-8000-00000000009c','2021-10-20T08:06:47Z','demo',NULL,NULL,NULL,'2021-10-27');
INSERT INTO certificate VALUES('00000000-0000-4000-8000-00000000033b','DV-2021-00018','DV',2021,18,'YPGQ-XBAV-Z0EJ-08F2','00000000-0000-4000-8000-000000000080','2021-10-20T08:06:49Z','demo',NULL,NULL,NULL,'2021-10-27');
INSERT INTO certificate VALUES('00000000-0000-4000-8000-00000000033e','DV-2021-00019','DV',2021,19,'D10B-ETK9-DBG6-Q2BV','00000000-0000-4000-8000-0000000000a0','2021-10-20T08:06:51Z','demo',NULL,NULL,NULL,'2021-10-27');
INSERT INTO certificate VALUES('00000000-0000-4000-8000-000000000341','DV-2021-00020','DV',2021,20,'WR15-30YY-EGDF-K2MW','00000000-0000-4000-8000-000000000082','2021-10-20T08:06:53Z','demo',NULL,NULL,NULL,'2021-10-27');
INSERT INTO certificate VALUES('00000000-0000-4000-8000-000000000344','DV-2021-00021','DV',2021,21,'JS6W-ME1G-C6EN-HWCA','00000000-0000-4000-8000-000000000088','2021-10-20T08:06:55Z','demo',NULL,NULL,NULL,'2021-10-27');
INSERT INTO certificate VALUES('00000000-0000-4000-8000-000000000347','DV-2021-00022','DV',2021,22,'VXDE-F92D-9X2D-HKHT','00000000-0000-4000-8000-0000000000d8','2021-10-20T08:06:57Z','demo',NULL,NULL,NULL,'2021-10-29');
INSERT INTO certificate VALUES('00000000-0000-4000-8000-00000000034a','DV-2021-00023','DV',2021,23,'A9MZ-XVSX-RG9V-GWTT','00000000-0000-4000-8000-0000000000e4','2021-10-20T08:06:59Z','demo',NULL,NULL,NULL,'2021-10-29');
INSERT INTO certificate VALUES('00000000-0000-4000-8000-00000000034d','DV-2021-00024','DV',2021,24,'8XGM-RYY5-PBPX-0V0V','00000000-0000-4000-8000-0000000000d6','2021-10-20T08:07:01Z','demo',NULL,NULL,NULL,'2021-10-29');
INSERT INTO certificate VALUES('00000000-0000-4000-8000-000000000350','DV-2021-00025','DV',2021,25,'GMGP-YQRH-3HDX-YYW5','00000000-0000-4000-8000-0000000000e0','2021-10-20T08:07:03Z','demo',NULL,NULL,NULL,'2021-10-29');
INSERT INTO certificate VALUES('00000000-0000-4000-8000-000000000353','DV-2021-00026','DV',2021,26,'5QBA-DM6R-KREP-S9MX','00000000-0000-4000-8000-0000000000e2','2021-10-20T08:07:05Z','demo',NULL,NULL,NULL,'2021-10-29');
INSERT INTO certificate VALUES('00000000-0000-4000-8000-000000000356','DV-2021-00027','DV',2021,27,'QR4C-FPQS-VV5N-8R6M','00000000-0000-4000-8000-0000000000ca','2021-10-20T08:07:07Z','demo',NULL,NULL,NULL,'2021-10-29');
INSERT INTO certificate VALUES('00000000-0000-4000-8000-000000000359','DV-2021-00028','DV',2021,28,'CRJ9-XTT8-EYRW-EMP1','00000000-0000-4000-8000-0000000000c8','2021-10-20T08:07:09Z','demo',NULL,NULL,NULL,'2021-10-29');
INSERT INTO certificate VALUES('00000000-0000-4000-8000-00000000035c','DV-2021-00029','DV',2021,29,'XY42-JX7E-Z5NS-QP98','00000000-0000-4000-8000-0000000000d0','2021-10-20T08:07:11Z','demo',NULL,NULL,NULL,'2021-10-29');
INSERT INTO certificate VALUES('00000000-0000-4000-8000-00000000035f','DV-2021-00030','DV',2021,30,'DWFD-0YRG-KF2S-Z973','00000000-0000-4000-8000-0000000000c0','2021-10-20T08:07:13Z','demo',NULL,NULL,NULL,'2021-10-29');
INSERT INTO certificate VALUES('00000000-0000-4000-8000-000000000362','DV-2021-00031','DV',2021,31,'MKW0-S2D0-D1Q9-QWAF','00000000-0000-4000-8000-0000000000de','2021-10-20T08:07:15Z','demo',NULL,NULL,NULL,'2021-10-29');
INSERT INTO certificate VALUES('00000000-0000-4000-8000-000000000365','DV-2021-00032','DV',2021,32,'PG1X-2NFD-S8YT-825E','00000000-0000-4000-8000-0000000000da','2021-10-20T08:07:17Z','demo',NULL,NULL,NULL,'2021-10-29');
INSERT INTO certificate VALUES('00000000-0000-4000-8000-000000000368','DV-2021-00033','DV',2021,33,'1EGS-Z6W7-P6N8-3HD6','00000000-0000-4000-8000-0000000000c4','2021-10-20T08:07:19Z','demo',NULL,NULL,NULL,'2021-10-29');
INSERT INTO certificate VALUES('00000000-0000-4000-8000-00000000036b','DV-2021-00034','DV',2021,34,'NWBB-C0AP-7WPN-14E5','00000000-0000-4000-8000-0000000000d4','2021-10-20T08:07:21Z','demo',NULL,NULL,NULL,'2021-10-29');
INSERT INTO certificate VALUES('00000000-0000-4000-8000-00000000036e','DV-2021-00035','DV',2021,35,'MSB0-MFNR-DMFH-J338','00000000-0000-4000-8000-0000000000ba','2021-10-20T08:07:23Z','demo',NULL,NULL,NULL,'2021-10-29');
INSERT INTO certificate VALUES('00000000-0000-4000-8000-000000000371','DV-2021-00036','DV',2021,36,'PWY5-TYKZ-ZKR9-W1MN','00000000-0000-4000-8000-0000000000b8','2021-10-20T08:07:25Z','demo',NULL,NULL,NULL,'2021-10-29');
INSERT INTO certificate VALUES('00000000-0000-4000-8000-000000000374','DV-2021-00037','DV',2021,37,'HS65-PDF3-V6D2-C65P','00000000-0000-4000-8000-0000000000ce','2021-10-20T08:07:27Z','demo',NULL,NULL,NULL,'2021-10-29');
INSERT INTO certificate VALUES('00000000-0000-4000-8000-000000000377','DV-2021-00038','DV',2021,38,'8PNR-BWNA-T1M7-WYPR','00000000-0000-4000-8000-0000000000dc','2021-10-20T08:07:29Z','demo',NULL,NULL,NULL,'2021-10-29');
INSERT INTO certificate VALUES('00000000-0000-4000-8000-00000000037a','DV-2021-00039','DV',2021,39,'F9F7-22J3-MMQV-761D','00000000-0000-4000-8000-0000000000b6','2021-10-20T08:07:31Z','demo',NULL,NULL,NULL,'2021-10-29');
INSERT INTO certificate VALUES('00000000-0000-4000-8000-00000000037d','DV-2021-00040','DV',2021,40,'86P9-A9NG-P6HP-0HKW','00000000-0000-4000-8000-0000000000c6','2021-10-20T08:07:33Z','demo',NULL,NULL,NULL,'2021-10-29');
INSERT INTO certificate VALUES('00000000-0000-4000-8000-000000000380','DV-2021-00041','DV',2021,41,'33KQ-89CY-B26M-3N16','00000000-0000-4000-8000-0000000000c2','2021-10-20T08:07:35Z','demo',NULL,NULL,NULL,'2021-10-29');
INSERT INTO certificate VALUES('00000000-0000-4000-8000-000000000383','DV-2021-00042','DV',2021,42,'E7ZZ-5D0V-6SV3-CEH2','00000000-0000-4000-8000-0000000000d2','2021-10-20T08:07:37Z','demo',NULL,NULL,NULL,'2021-10-29');
INSERT INTO certificate VALUES('00000000-0000-4000-8000-000000000386','DV-2021-00043','DV',2021,43,'23KQ-4WTQ-4NMM-09X4','00000000-0000-4000-8000-0000000000cc','2021-10-20T08:07:39Z','demo',NULL,NULL,NULL,'2021-10-29');
INSERT INTO certificate VALUES('00000000-0000-4000-8000-000000000389','DV-2021-00044','DV',2021,44,'G7CY-ETSA-2VE2-F6Q0','00000000-0000-4000-8000-0000000000bc','2021-10-20T08:07:41Z','demo',NULL,NULL,NULL,'2021-10-29');
INSERT INTO certificate VALUES('00000000-0000-4000-8000-00000000038c','JUD-2021-00001','JUD',2021,1,'Q47P-GT2E-F2AF-TBY4','00000000-0000-4000-8000-0000000000ea','2021-10-20T08:07:43Z','demo',NULL,NULL,NULL,'2021-11-30');
INSERT INTO certificate VALUES('00000000-0000-4000-8000-00000000038f','JUD-2021-00002','JUD',2021,2,'6R6A-9A9Q-9E1M-3Y5K','00000000-0000-4000-8000-0000000000f4','2021-10-20T08:07:45Z','demo',NULL,NULL,NULL,'2021-11-30');
INSERT INTO certificate VALUES('00000000-0000-4000-8000-000000000392','JUD-2021-00003','JUD',2021,3,'MCEF-B8DV-P3TG-44HX','00000000-0000-4000-8000-0000000000ee','2021-10-20T08:07:47Z','demo',NULL,NULL,NULL,'2021-11-30');
INSERT INTO certificate VALUES('00000000-0000-4000-8000-000000000395','JUD-2021-00004','JUD',2021,4,'WHNM-BDGF-7NZR-JC1Q','00000000-0000-4000-8000-0000000000e6','2021-10-20T08:07:49Z','demo',NULL,NULL,NULL,'2021-11-30');
INSERT INTO certificate VALUES('00000000-0000-4000-8000-000000000398','JUD-2021-00005','JUD',2021,5,'7AM3-2X8R-40VQ-P1TF','00000000-0000-4000-8000-0000000000ec','2021-10-20T08:07:51Z','demo',NULL,NULL,NULL,'2021-11-30');
INSERT INTO certificate VALUES('00000000-0000-4000-8000-00000000039b','MEDIA-2021-00001','MEDIA',2021,1,'TF22-Q90K-Q4K0-N4T2','00000000-0000-4000-8000-000000000100','2021-10-20T08:07:53Z','demo',NULL,NULL,NULL,'2021-12-02');
INSERT INTO certificate VALUES('00000000-0000-4000-8000-00000000039e','MEDIA-2021-00002','MEDIA',2021,2,'SKS5-A9GM-4G4A-GFAT','00000000-0000-4000-8000-0000000000f6','2021-10-20T08:07:55Z','demo',NULL,NULL,NULL,'2021-12-02');
INSERT INTO certificate VALUES('00000000-0000-4000-8000-0000000003a1','MEDIA-2021-00003','MEDIA',2021,3,'P1M1-8TG9-M16K-Z0AS','00000000-0000-4000-8000-000000000102','2021-10-20T08:07:57Z','demo',NULL,NULL,NULL,'2021-12-02');
INSERT INTO certificate VALUES('00000000-0000-4000-8000-0000000003a4','MEDIA-2021-00004','MEDIA',2021,4,'2QTJ-0MRT-CBF5-M7GD','00000000-0000-4000-8000-0000000000fe','2021-10-20T08:07:59Z','demo',NULL,NULL,NULL,'2021-12-02');
INSERT INTO certificate VALUES('00000000-0000-4000-8000-0000000003a7','MEDIA-2021-00005','MEDIA',2021,5,'HJ6B-VK3K-H9DZ-0XK6','00000000-0000-4000-8000-0000000000fc','2021-10-20T08:08:01Z','demo',NULL,NULL,NULL,'2021-12-02');
INSERT INTO certificate VALUES('01a229b0-6253-7bc5-a5d7-5bea12849788','DV-2021-00045','DV',2021,45,'T9QN-0YBJ-V9ES-GNSA','00000000-0000-4000-8000-000000000090','2026-11-29T23:42:35Z','fixture',NULL,NULL,NULL,'2021-11-01');
CREATE TABLE audit_log (
    id TEXT PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT,
    old_value TEXT,
    new_value TEXT,
    detail TEXT
);
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-000000000003','2021-10-20T08:00:00Z','demo','course.import','course','00000000-0000-4000-8000-000000000002',NULL,'{"assessment":{"maxScore":20},"audience":["social-worker","school-psychologist","local-administration","volunteer","police-officer","health-worker","teacher"],"code":"DV-101","completion":{"minAttendancePercent":80,"passMark":12},"id":"00000000-0000-0000-0000-000000000000","modules":[{"minutes":180,"objectives":[{"az":"Fiziki, psixoloji, seksual və iqtisadi zorakılığı fərqləndirmək","en":"Distinguish physical, psychological, sexual and economic violence","ru":"Различать физическое, психологическое, сексуальное и экономическое насилие"},{"az":"Zorakılıq dövrünü və zərərçəkənin niyə ayrıla bilmədiyini izah etmək","en":"Explain the cycle of violence and why victims find it hard to leave","ru":"Объяснить цикл насилия и почему пострадавшим трудно уйти"}],"title":{"az":"Məişət zorakılığı: anlayışlar, formalar və dinamika","en":"Domestic violence: concepts, forms and dynamics","ru":"Бытовое насилие: понятия, формы и динамика"}},{"minutes":180,"objectives":[{"az":"Qanunun əsas anlayışlarını və mühafizə orderlərini tətbiq etmək","en":"Apply the Law''s key definitions and its protection orders","ru":"Применять основные понятия Закона и охранные ордера"},{"az":"CEDAW Komitəsinin tövsiyələrini milli təcrübə ilə əlaqələndirmək","en":"Relate the CEDAW Committee''s recommendations to national practice","ru":"Соотносить рекомендации Комитета CEDAW с национальной практикой"}],"title":{"az":"Hüquqi çərçivə: \"Məişət zorakılığının qarşısının alınması haqqında\" Qanun və beynəlxalq standartlar","en":"The legal framework: the Law on Prevention of Domestic Violence and international standards","ru":"Правовая база: Закон «О предотвращении бытового насилия» и международные стандарты"}},{"minutes":180,"objectives":[{"az":"Zorakılığın əlamətlərini tanımaq və təhlükəsiz söhbət aparmaq","en":"Recognise signs of violence and hold a safe first conversation","ru":"Распознавать признаки насилия и безопасно провести первую беседу"},{"az":"Standart risk qiymətləndirmə vərəqəsini doldurmaq","en":"Complete the standard risk assessment form","ru":"Заполнять стандартную форму оценки риска"}],"title":{"az":"Zərərçəkənlərin müəyyən edilməsi və riskin qiymətləndirilməsi","en":"Identifying victims and assessing risk","ru":"Выявление пострадавших и оценка риска"}},{"minutes":180,"objectives":[{"az":"Polis, icra hakimiyyəti, səhiyyə, təhsil və sosial xidmətlərin vəzifələrini bilmək","en":"Know the duties of police, local administration, health, education and social services","ru":"Знать обязанности полиции, местной власти, здравоохранения, образования и социальных служб"},{"az":"Konkret işi istiqamətləndirmə sxemi üzrə yönləndirmək","en":"Route a case through the referral pathway","ru":"Провести случай по схеме перенаправления"}],"title":{"az":"Yerli istiqamətləndirmə mexanizmi: qurumların və multidissiplinar qrupların rolu","en":"The local referral mechanism: the roles of agencies and multidisciplinary teams","ru":"Местный механизм перенаправления: роли ведомств и междисциплинарных групп"}},{"minutes":180,"objectives":[{"az":"Zərərçəkənlə birlikdə təhlükəsizlik planı hazırlamaq","en":"Draw up a safety plan together with the victim","ru":"Составить план безопасности вместе с пострадавшей"}],"title":{"az":"Zərərçəkənyönümlü dəstək: təhlükəsizlik planı, sığınacaqlar və xidmətlər","en":"Victim-centred support: safety planning, shelters and services","ru":"Поддержка, ориентированная на пострадавших: план безопасности, приюты и услуги"}},{"minutes":180,"objectives":[{"az":"Uşağın ən yaxşı maraqlarını nəzərə alan müdaxilə planlaşdırmaq","en":"Plan an intervention in the child''s best interests","ru":"Планировать вмешательство в наилучших интересах ребёнка"}],"title":{"az":"Məişət zorakılığından təsirlənmiş uşaqlarla iş və praktiki nümunələr","en":"Working with children affected by domestic violence, and case studies","ru":"Работа с детьми, затронутыми бытовым насилием, и разбор случаев"}}],"title":{"az":"Məişət zorakılığının qarşısının alınması və yerli istiqamətləndirmə mexanizmi","en":"Preventing domestic violence and the local referral mechanism","ru":"Предотвращение бытового насилия и местный механизм перенаправления"},"version":0}','DV-101 version 1 from DV-101.json');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-000000000005','2021-10-20T08:00:01Z','demo','course.import','course','00000000-0000-4000-8000-000000000004',NULL,'{"assessment":{"maxScore":20},"audience":["judge","prosecutor","lawyer"],"code":"JUD-201","completion":{"minAttendancePercent":75,"passMark":14},"id":"00000000-0000-0000-0000-000000000000","modules":[{"minutes":180,"objectives":[{"az":"Dövlətin lazımi səy öhdəliyini \"Opuz Türkiyəyə qarşı\" və \"Volodina Rusiyaya qarşı\" işləri əsasında izah etmək","en":"Explain the state''s due-diligence duty through Opuz v. Turkey and Volodina v. Russia","ru":"Объяснить обязанность государства проявлять должную осмотрительность на примере дел «Опуз против Турции» и «Володина против России»"}],"title":{"az":"Beynəlxalq standartlar: CEDAW və Avropa İnsan Hüquqları Məhkəməsinin presedent hüququ","en":"International standards: CEDAW and the case law of the European Court of Human Rights","ru":"Международные стандарты: CEDAW и прецедентная практика Европейского суда по правам человека"}},{"minutes":180,"objectives":[{"az":"Uzunmüddətli mühafizə orderi üçün ərizəni qanunla müəyyən edilmiş müddətdə baxmaq","en":"Decide an application for a long-term protection order within the statutory time","ru":"Рассмотреть заявление о долгосрочном охранном ордере в установленный законом срок"}],"title":{"az":"Mühafizə orderləri: qısamüddətli və uzunmüddətli orderlər, onların icrası","en":"Protection orders: short-term and long-term orders and their enforcement","ru":"Охранные ордера: краткосрочные и долгосрочные ордера и их исполнение"}},{"minutes":180,"objectives":[{"az":"Zərərçəkəni təqsirləndirilən şəxslə üz-üzə qoymadan dinləmək üçün tədbirlər seçmək","en":"Choose measures to hear the victim without confronting the accused","ru":"Выбрать меры, позволяющие заслушать пострадавшую без очной встречи с обвиняемым"}],"title":{"az":"Zərərçəkənyönümlü məhkəmə icraatı: ikinci dəfə viktimləşdirmənin qarşısının alınması","en":"Victim-centred hearings: preventing secondary victimisation","ru":"Судебное разбирательство, ориентированное на пострадавших: предотвращение вторичной виктимизации"}},{"minutes":180,"objectives":[{"az":"Barışıq və vasitəçiliyin məişət zorakılığı işlərində niyə uyğun olmadığını əsaslandırmaq","en":"Justify why reconciliation and mediation are unsuitable in domestic violence cases","ru":"Обосновать, почему примирение и медиация неуместны по делам о бытовом насилии"}],"title":{"az":"Məişət zorakılığı işlərində riskin qiymətləndirilməsi, sübutlar və cəza təyini","en":"Risk assessment, evidence and sentencing in domestic violence cases","ru":"Оценка риска, доказательства и назначение наказания по делам о бытовом насилии"}}],"title":{"az":"Məişət zorakılığı işlərində beynəlxalq standartlar, mühafizə orderləri və zərərçəkənyönümlü məhkəmə icraatı","en":"International standards, protection orders and victim-centred hearings in domestic violence cases","ru":"Международные стандарты, охранные ордера и судебное разбирательство, ориентированное на пострадавших, по делам о бытовом насилии"},"version":0}','JUD-201 version 1 from JUD-201.json');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-000000000007','2021-10-20T08:00:02Z','demo','course.import','course','00000000-0000-4000-8000-000000000006',NULL,'{"assessment":{"maxScore":10},"audience":["journalist"],"code":"MEDIA-301","completion":{"minAttendancePercent":100},"id":"00000000-0000-0000-0000-000000000000","modules":[{"minutes":120,"objectives":[],"title":{"az":"Məişət zorakılığı ictimai problem kimi: faktlar, miflər və jurnalistin rolu","en":"Domestic violence as a public issue: facts, myths and the journalist''s role","ru":"Бытовое насилие как общественная проблема: факты, мифы и роль журналиста"}},{"minutes":120,"objectives":[{"az":"Zərərçəkəni tanımağa imkan verən detalları materialdan çıxarmaq","en":"Remove details that would identify a victim from a story","ru":"Убирать из материала детали, позволяющие опознать пострадавшую"}],"title":{"az":"Etika və qanun: şəxsi həyatın toxunulmazlığı, razılıq, zərərçəkənlərin və uşaqların kimliyinin qorunması","en":"Ethics and the law: privacy, consent, and protecting the identity of victims and children","ru":"Этика и право: неприкосновенность частной жизни, согласие и защита личности пострадавших и детей"}},{"minutes":90,"objectives":[],"title":{"az":"Dil və təqdimat: zərərçəkəni günahlandırmadan və sensasiyasız yazmaq","en":"Language and framing: writing without victim-blaming or sensationalism","ru":"Язык и подача: писать без обвинения пострадавших и без сенсационности"}},{"minutes":90,"objectives":[{"az":"Hər materiala qaynar xəttin və yardım xidmətlərinin əlaqə məlumatlarını əlavə etmək","en":"Add the hotline and support services'' contacts to every story","ru":"Добавлять в каждый материал контакты горячей линии и служб помощи"}],"title":{"az":"Zorakılıqdan sağ çıxanlarla təhlükəsiz müsahibə və onların yardıma yönləndirilməsi","en":"Interviewing survivors safely and pointing them to help","ru":"Безопасное интервью с пережившими насилие и информирование о помощи"}}],"title":{"az":"Məişət zorakılığı haqqında etik jurnalistika","en":"Ethical reporting on domestic violence","ru":"Этичное освещение бытового насилия в СМИ"},"version":0}','MEDIA-301 version 1 from MEDIA-301.json');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-000000000009','2021-10-20T08:00:04Z','demo','centre.add','centre','00000000-0000-4000-8000-000000000008',NULL,NULL,'SAATLI');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-00000000000b','2021-10-20T08:00:06Z','demo','centre.add','centre','00000000-0000-4000-8000-00000000000a',NULL,NULL,'SHUVALAN');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-00000000000d','2021-10-20T08:00:08Z','demo','venue.add','venue','00000000-0000-4000-8000-00000000000c',NULL,NULL,'V-00001 Saatlı mərkəzi, təlim zalı');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-00000000000f','2021-10-20T08:00:10Z','demo','venue.add','venue','00000000-0000-4000-8000-00000000000e',NULL,NULL,'V-00002 Şüvəlan mərkəzi, konfrans zalı');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-000000000011','2021-10-20T08:00:12Z','demo','venue.add','venue','00000000-0000-4000-8000-000000000010',NULL,NULL,'V-00003 Bakı, Ədliyyə Akademiyası, 3-cü auditoriya');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-000000000013','2021-10-20T08:00:14Z','demo','trainer.add','trainer','00000000-0000-4000-8000-000000000012',NULL,NULL,'TR-00001');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-000000000015','2021-10-20T08:00:16Z','demo','trainer.add','trainer','00000000-0000-4000-8000-000000000014',NULL,NULL,'TR-00002');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-00000000001d','2021-10-20T08:00:18Z','demo','event.schedule','training_event','00000000-0000-4000-8000-000000000016',NULL,NULL,'DV-SAATLI-2021-10: DV-101, 6 sessions 2021-10-25 to 2021-10-27');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-000000000025','2021-10-20T08:00:20Z','demo','event.schedule','training_event','00000000-0000-4000-8000-00000000001e',NULL,NULL,'DV-SHUVALAN-2021-10: DV-101, 6 sessions 2021-10-27 to 2021-10-29');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-00000000002b','2021-10-20T08:00:22Z','demo','event.schedule','training_event','00000000-0000-4000-8000-000000000026',NULL,NULL,'JUD-BAKU-2021-11: JUD-201, 4 sessions 2021-11-29 to 2021-11-30');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-000000000030','2021-10-20T08:00:24Z','demo','event.schedule','training_event','00000000-0000-4000-8000-00000000002c',NULL,NULL,'MEDIA-BAKU-2021-12: MEDIA-301, 3 sessions 2021-12-01 to 2021-12-02');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-000000000076','2021-10-20T08:01:34Z','demo','trainee.merge-duplicate','trainee','00000000-0000-4000-8000-000000000035',NULL,NULL,'T-00005: import signup.csv:71 is the same person (same national id)');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-000000000077','2021-10-20T08:01:35Z','demo','trainee.merge-duplicate','trainee','00000000-0000-4000-8000-000000000042',NULL,NULL,'T-00018: import signup.csv:72 is the same person (same national id)');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-000000000078','2021-10-20T08:01:36Z','demo','trainee.merge-duplicate','trainee','00000000-0000-4000-8000-000000000052',NULL,NULL,'T-00034: import signup.csv:73 is the same person (same national id)');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-000000000079','2021-10-20T08:01:37Z','demo','trainee.import','trainee',NULL,NULL,NULL,'signup.csv: 72 rows, 69 added, 0 updated, 0 unchanged, 3 merged, 0 rejected');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-00000000007b','2021-10-20T08:01:39Z','demo','enrollment.add','enrollment','00000000-0000-4000-8000-00000000007a',NULL,NULL,'T-00001 in DV-SAATLI-2021-10: enrolled');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-00000000007d','2021-10-20T08:01:41Z','demo','enrollment.add','enrollment','00000000-0000-4000-8000-00000000007c',NULL,NULL,'T-00002 in DV-SAATLI-2021-10: enrolled');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-00000000007f','2021-10-20T08:01:43Z','demo','enrollment.add','enrollment','00000000-0000-4000-8000-00000000007e',NULL,NULL,'T-00003 in DV-SAATLI-2021-10: enrolled');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-000000000081','2021-10-20T08:01:45Z','demo','enrollment.add','enrollment','00000000-0000-4000-8000-000000000080',NULL,NULL,'T-00004 in DV-SAATLI-2021-10: enrolled');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-000000000083','2021-10-20T08:01:47Z','demo','enrollment.add','enrollment','00000000-0000-4000-8000-000000000082',NULL,NULL,'T-00005 in DV-SAATLI-2021-10: enrolled');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-000000000085','2021-10-20T08:01:49Z','demo','enrollment.add','enrollment','00000000-0000-4000-8000-000000000084',NULL,NULL,'T-00006 in DV-SAATLI-2021-10: enrolled');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-000000000087','2021-10-20T08:01:51Z','demo','enrollment.add','enrollment','00000000-0000-4000-8000-000000000086',NULL,NULL,'T-00007 in DV-SAATLI-2021-10: enrolled');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-000000000089','2021-10-20T08:01:53Z','demo','enrollment.add','enrollment','00000000-0000-4000-8000-000000000088',NULL,NULL,'T-00008 in DV-SAATLI-2021-10: enrolled');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-00000000008b','2021-10-20T08:01:55Z','demo','enrollment.add','enrollment','00000000-0000-4000-8000-00000000008a',NULL,NULL,'T-00009 in DV-SAATLI-2021-10: enrolled');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-00000000008d','2021-10-20T08:01:57Z','demo','enrollment.add','enrollment','00000000-0000-4000-8000-00000000008c',NULL,NULL,'T-00010 in DV-SAATLI-2021-10: enrolled');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-00000000008f','2021-10-20T08:01:59Z','demo','enrollment.add','enrollment','00000000-0000-4000-8000-00000000008e',NULL,NULL,'T-00011 in DV-SAATLI-2021-10: enrolled');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-000000000091','2021-10-20T08:02:01Z','demo','enrollment.add','enrollment','00000000-0000-4000-8000-000000000090',NULL,NULL,'T-00012 in DV-SAATLI-2021-10: enrolled');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-000000000093','2021-10-20T08:02:03Z','demo','enrollment.add','enrollment','00000000-0000-4000-8000-000000000092',NULL,NULL,'T-00013 in DV-SAATLI-2021-10: enrolled');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-000000000095','2021-10-20T08:02:05Z','demo','enrollment.add','enrollment','00000000-0000-4000-8000-000000000094',NULL,NULL,'T-00014 in DV-SAATLI-2021-10: enrolled');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-000000000097','2021-10-20T08:02:07Z','demo','enrollment.add','enrollment','00000000-0000-4000-8000-000000000096',NULL,NULL,'T-00015 in DV-SAATLI-2021-10: enrolled');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-000000000099','2021-10-20T08:02:09Z','demo','enrollment.add','enrollment','00000000-0000-4000-8000-000000000098',NULL,NULL,'T-00016 in DV-SAATLI-2021-10: enrolled');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-00000000009b','2021-10-20T08:02:11Z','demo','enrollment.add','enrollment','00000000-0000-4000-8000-00000000009a',NULL,NULL,'T-00017 in DV-SAATLI-2021-10: enrolled');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-00000000009d','2021-10-20T08:02:13Z','demo','enrollment.add','enrollment','00000000-0000-4000-8000-00000000009c',NULL,NULL,'T-00018 in DV-SAATLI-2021-10: enrolled');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-00000000009f','2021-10-20T08:02:15Z','demo','enrollment.add','enrollment','00000000-0000-4000-8000-00000000009e',NULL,NULL,'T-00019 in DV-SAATLI-2021-10: enrolled');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-0000000000a1','2021-10-20T08:02:17Z','demo','enrollment.add','enrollment','00000000-0000-4000-8000-0000000000a0',NULL,NULL,'T-00020 in DV-SAATLI-2021-10: enrolled');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-0000000000a3','2021-10-20T08:02:19Z','demo','enrollment.add','enrollment','00000000-0000-4000-8000-0000000000a2',NULL,NULL,'T-00021 in DV-SAATLI-2021-10: enrolled');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-0000000000a5','2021-10-20T08:02:21Z','demo','enrollment.add','enrollment','00000000-0000-4000-8000-0000000000a4',NULL,NULL,'T-00022 in DV-SAATLI-2021-10: enrolled');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-0000000000a7','2021-10-20T08:02:23Z','demo','enrollment.add','enrollment','00000000-0000-4000-8000-0000000000a6',NULL,NULL,'T-00023 in DV-SAATLI-2021-10: enrolled');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-0000000000a9','2021-10-20T08:02:25Z','demo','enrollment.add','enrollment','00000000-0000-4000-8000-0000000000a8',NULL,NULL,'T-00024 in DV-SAATLI-2021-10: enrolled');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-0000000000ab','2021-10-20T08:02:27Z','demo','enrollment.add','enrollment','00000000-0000-4000-8000-0000000000aa',NULL,NULL,'T-00025 in DV-SAATLI-2021-10: enrolled');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-0000000000ad','2021-10-20T08:02:29Z','demo','enrollment.add','enrollment','00000000-0000-4000-8000-0000000000ac',NULL,NULL,'T-00026 in DV-SAATLI-2021-10: enrolled');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-0000000000af','2021-10-20T08:02:31Z','demo','enrollment.add','enrollment','00000000-0000-4000-8000-0000000000ae',NULL,NULL,'T-00027 in DV-SAATLI-2021-10: enrolled');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-0000000000b1','2021-10-20T08:02:33Z','demo','enrollment.add','enrollment','00000000-0000-4000-8000-0000000000b0',NULL,NULL,'T-00028 in DV-SAATLI-2021-10: enrolled');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-0000000000b3','2021-10-20T08:02:35Z','demo','enrollment.add','enrollment','00000000-0000-4000-8000-0000000000b2',NULL,NULL,'T-00029 in DV-SHUVALAN-2021-10: enrolled');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-0000000000b5','2021-10-20T08:02:37Z','demo','enrollment.add','enrollment','00000000-0000-4000-8000-0000000000b4',NULL,NULL,'T-00030 in DV-SHUVALAN-2021-10: enrolled');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-0000000000b7','2021-10-20T08:02:39Z','demo','enrollment.add','enrollment','00000000-0000-4000-8000-0000000000b6',NULL,NULL,'T-00031 in DV-SHUVALAN-2021-10: enrolled');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-0000000000b9','2021-10-20T08:02:41Z','demo','enrollment.add','enrollment','00000000-0000-4000-8000-0000000000b8',NULL,NULL,'T-00032 in DV-SHUVALAN-2021-10: enrolled');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-0000000000bb','2021-10-20T08:02:43Z','demo','enrollment.add','enrollment','00000000-0000-4000-8000-0000000000ba',NULL,NULL,'T-00033 in DV-SHUVALAN-2021-10: enrolled');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-0000000000bd','2021-10-20T08:02:45Z','demo','enrollment.add','enrollment','00000000-0000-4000-8000-0000000000bc',NULL,NULL,'T-00034 in DV-SHUVALAN-2021-10: enrolled');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-0000000000bf','2021-10-20T08:02:47Z','demo','enrollment.add','enrollment','00000000-0000-4000-8000-0000000000be',NULL,NULL,'T-00035 in DV-SHUVALAN-2021-10: enrolled');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-0000000000c1','2021-10-20T08:02:49Z','demo','enrollment.add','enrollment','00000000-0000-4000-8000-0000000000c0',NULL,NULL,'T-00036 in DV-SHUVALAN-2021-10: enrolled');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-0000000000c3','2021-10-20T08:02:51Z','demo','enrollment.add','enrollment','00000000-0000-4000-8000-0000000000c2',NULL,NULL,'T-00037 in DV-SHUVALAN-2021-10: enrolled');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-0000000000c5','2021-10-20T08:02:53Z','demo','enrollment.add','enrollment','00000000-0000-4000-8000-0000000000c4',NULL,NULL,'T-00038 in DV-SHUVALAN-2021-10: enrolled');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-0000000000c7','2021-10-20T08:02:55Z','demo','enrollment.add','enrollment','00000000-0000-4000-8000-0000000000c6',NULL,NULL,'T-00039 in DV-SHUVALAN-2021-10: enrolled');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-0000000000c9','2021-10-20T08:02:57Z','demo','enrollment.add','enrollment','00000000-0000-4000-8000-0000000000c8',NULL,NULL,'T-00040 in DV-SHUVALAN-2021-10: enrolled');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-0000000000cb','2021-10-20T08:02:59Z','demo','enrollment.add','enrollment','00000000-0000-4000-8000-0000000000ca',NULL,NULL,'T-00041 in DV-SHUVALAN-2021-10: enrolled');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-0000000000cd','2021-10-20T08:03:01Z','demo','enrollment.add','enrollment','00000000-0000-4000-8000-0000000000cc',NULL,NULL,'T-00042 in DV-SHUVALAN-2021-10: enrolled');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-0000000000cf','2021-10-20T08:03:03Z','demo','enrollment.add','enrollment','00000000-0000-4000-8000-0000000000ce',NULL,NULL,'T-00043 in DV-SHUVALAN-2021-10: enrolled');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-0000000000d1','2021-10-20T08:03:05Z','demo','enrollment.add','enrollment','00000000-0000-4000-8000-0000000000d0',NULL,NULL,'T-00044 in DV-SHUVALAN-2021-10: enrolled');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-0000000000d3','2021-10-20T08:03:07Z','demo','enrollment.add','enrollment','00000000-0000-4000-8000-0000000000d2',NULL,NULL,'T-00045 in DV-SHUVALAN-2021-10: enrolled');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-0000000000d5','2021-10-20T08:03:09Z','demo','enrollment.add','enrollment','00000000-0000-4000-8000-0000000000d4',NULL,NULL,'T-00046 in DV-SHUVALAN-2021-10: enrolled');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-0000000000d7','2021-10-20T08:03:11Z','demo','enrollment.add','enrollment','00000000-0000-4000-8000-0000000000d6',NULL,NULL,'T-00047 in DV-SHUVALAN-2021-10: enrolled');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-0000000000d9','2021-10-20T08:03:13Z','demo','enrollment.add','enrollment','00000000-0000-4000-8000-0000000000d8',NULL,NULL,'T-00048 in DV-SHUVALAN-2021-10: enrolled');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-0000000000db','2021-10-20T08:03:15Z','demo','enrollment.add','enrollment','00000000-0000-4000-8000-0000000000da',NULL,NULL,'T-00049 in DV-SHUVALAN-2021-10: enrolled');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-0000000000dd','2021-10-20T08:03:17Z','demo','enrollment.add','enrollment','00000000-0000-4000-8000-0000000000dc',NULL,NULL,'T-00050 in DV-SHUVALAN-2021-10: enrolled');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-0000000000df','2021-10-20T08:03:19Z','demo','enrollment.add','enrollment','00000000-0000-4000-8000-0000000000de',NULL,NULL,'T-00051 in DV-SHUVALAN-2021-10: enrolled');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-0000000000e1','2021-10-20T08:03:21Z','demo','enrollment.add','enrollment','00000000-0000-4000-8000-0000000000e0',NULL,NULL,'T-00052 in DV-SHUVALAN-2021-10: enrolled');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-0000000000e3','2021-10-20T08:03:23Z','demo','enrollment.add','enrollment','00000000-0000-4000-8000-0000000000e2',NULL,NULL,'T-00053 in DV-SHUVALAN-2021-10: enrolled');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-0000000000e5','2021-10-20T08:03:25Z','demo','enrollment.add','enrollment','00000000-0000-4000-8000-0000000000e4',NULL,NULL,'T-00054 in DV-SHUVALAN-2021-10: enrolled');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-0000000000e7','2021-10-20T08:03:27Z','demo','enrollment.add','enrollment','00000000-0000-4000-8000-0000000000e6',NULL,NULL,'T-00055 in JUD-BAKU-2021-11: enrolled');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-0000000000e9','2021-10-20T08:03:29Z','demo','enrollment.add','enrollment','00000000-0000-4000-8000-0000000000e8',NULL,NULL,'T-00056 in JUD-BAKU-2021-11: enrolled');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-0000000000eb','2021-10-20T08:03:31Z','demo','enrollment.add','enrollment','00000000-0000-4000-8000-0000000000ea',NULL,NULL,'T-00057 in JUD-BAKU-2021-11: enrolled');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-0000000000ed','2021-10-20T08:03:33Z','demo','enrollment.add','enrollment','00000000-0000-4000-8000-0000000000ec',NULL,NULL,'T-00058 in JUD-BAKU-2021-11: enrolled');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-0000000000ef','2021-10-20T08:03:35Z','demo','enrollment.add','enrollment','00000000-0000-4000-8000-0000000000ee',NULL,NULL,'T-00059 in JUD-BAKU-2021-11: enrolled');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-0000000000f1','2021-10-20T08:03:37Z','demo','enrollment.add','enrollment','00000000-0000-4000-8000-0000000000f0',NULL,NULL,'T-00060 in JUD-BAKU-2021-11: enrolled');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-0000000000f3','2021-10-20T08:03:39Z','demo','enrollment.add','enrollment','00000000-0000-4000-8000-0000000000f2',NULL,NULL,'T-00061 in JUD-BAKU-2021-11: enrolled');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-0000000000f5','2021-10-20T08:03:41Z','demo','enrollment.add','enrollment','00000000-0000-4000-8000-0000000000f4',NULL,NULL,'T-00062 in JUD-BAKU-2021-11: enrolled');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-0000000000f7','2021-10-20T08:03:43Z','demo','enrollment.add','enrollment','00000000-0000-4000-8000-0000000000f6',NULL,NULL,'T-00063 in MEDIA-BAKU-2021-12: enrolled');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-0000000000f9','2021-10-20T08:03:45Z','demo','enrollment.add','enrollment','00000000-0000-4000-8000-0000000000f8',NULL,NULL,'T-00064 in MEDIA-BAKU-2021-12: enrolled');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-0000000000fb','2021-10-20T08:03:47Z','demo','enrollment.add','enrollment','00000000-0000-4000-8000-0000000000fa',NULL,NULL,'T-00065 in MEDIA-BAKU-2021-12: enrolled');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-0000000000fd','2021-10-20T08:03:49Z','demo','enrollment.add','enrollment','00000000-0000-4000-8000-0000000000fc',NULL,NULL,'T-00066 in MEDIA-BAKU-2021-12: enrolled');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-0000000000ff','2021-10-20T08:03:51Z','demo','enrollment.add','enrollment','00000000-0000-4000-8000-0000000000fe',NULL,NULL,'T-00067 in MEDIA-BAKU-2021-12: enrolled');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-000000000101','2021-10-20T08:03:53Z','demo','enrollment.add','enrollment','00000000-0000-4000-8000-000000000100',NULL,NULL,'T-00068 in MEDIA-BAKU-2021-12: enrolled');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-000000000103','2021-10-20T08:03:55Z','demo','enrollment.add','enrollment','00000000-0000-4000-8000-000000000102',NULL,NULL,'T-00069 in MEDIA-BAKU-2021-12: enrolled');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-000000000309','2021-10-20T08:06:16Z','demo','certificate.issue','certificate','00000000-0000-4000-8000-000000000308',NULL,NULL,'DV-2021-00001 for DV-SAATLI-2021-10');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-00000000030c','2021-10-20T08:06:18Z','demo','certificate.issue','certificate','00000000-0000-4000-8000-00000000030b',NULL,NULL,'DV-2021-00002 for DV-SAATLI-2021-10');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-00000000030f','2021-10-20T08:06:20Z','demo','certificate.issue','certificate','00000000-0000-4000-8000-00000000030e',NULL,NULL,'DV-2021-00003 for DV-SAATLI-2021-10');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-000000000312','2021-10-20T08:06:22Z','demo','certificate.issue','certificate','00000000-0000-4000-8000-000000000311',NULL,NULL,'DV-2021-00004 for DV-SAATLI-2021-10');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-000000000315','2021-10-20T08:06:24Z','demo','certificate.issue','certificate','00000000-0000-4000-8000-000000000314',NULL,NULL,'DV-2021-00005 for DV-SAATLI-2021-10');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-000000000318','2021-10-20T08:06:26Z','demo','certificate.issue','certificate','00000000-0000-4000-8000-000000000317',NULL,NULL,'DV-2021-00006 for DV-SAATLI-2021-10');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-00000000031b','2021-10-20T08:06:28Z','demo','certificate.issue','certificate','00000000-0000-4000-8000-00000000031a',NULL,NULL,'DV-2021-00007 for DV-SAATLI-2021-10');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-00000000031e','2021-10-20T08:06:30Z','demo','certificate.issue','certificate','00000000-0000-4000-8000-00000000031d',NULL,NULL,'DV-2021-00008 for DV-SAATLI-2021-10');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-000000000321','2021-10-20T08:06:32Z','demo','certificate.issue','certificate','00000000-0000-4000-8000-000000000320',NULL,NULL,'DV-2021-00009 for DV-SAATLI-2021-10');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-000000000324','2021-10-20T08:06:34Z','demo','certificate.issue','certificate','00000000-0000-4000-8000-000000000323',NULL,NULL,'DV-2021-00010 for DV-SAATLI-2021-10');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-000000000327','2021-10-20T08:06:36Z','demo','certificate.issue','certificate','00000000-0000-4000-8000-000000000326',NULL,NULL,'DV-2021-00011 for DV-SAATLI-2021-10');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-00000000032a','2021-10-20T08:06:38Z','demo','certificate.issue','certificate','00000000-0000-4000-8000-000000000329',NULL,NULL,'DV-2021-00012 for DV-SAATLI-2021-10');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-00000000032d','2021-10-20T08:06:40Z','demo','certificate.issue','certificate','00000000-0000-4000-8000-00000000032c',NULL,NULL,'DV-2021-00013 for DV-SAATLI-2021-10');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-000000000330','2021-10-20T08:06:42Z','demo','certificate.issue','certificate','00000000-0000-4000-8000-00000000032f',NULL,NULL,'DV-2021-00014 for DV-SAATLI-2021-10');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-000000000333','2021-10-20T08:06:44Z','demo','certificate.issue','certificate','00000000-0000-4000-8000-000000000332',NULL,NULL,'DV-2021-00015 for DV-SAATLI-2021-10');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-000000000336','2021-10-20T08:06:46Z','demo','certificate.issue','certificate','00000000-0000-4000-8000-000000000335',NULL,NULL,'DV-2021-00016 for DV-SAATLI-2021-10');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-000000000339','2021-10-20T08:06:48Z','demo','certificate.issue','certificate','00000000-0000-4000-8000-000000000338',NULL,NULL,'DV-2021-00017 for DV-SAATLI-2021-10');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-00000000033c','2021-10-20T08:06:50Z','demo','certificate.issue','certificate','00000000-0000-4000-8000-00000000033b',NULL,NULL,'DV-2021-00018 for DV-SAATLI-2021-10');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-00000000033f','2021-10-20T08:06:52Z','demo','certificate.issue','certificate','00000000-0000-4000-8000-00000000033e',NULL,NULL,'DV-2021-00019 for DV-SAATLI-2021-10');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-000000000342','2021-10-20T08:06:54Z','demo','certificate.issue','certificate','00000000-0000-4000-8000-000000000341',NULL,NULL,'DV-2021-00020 for DV-SAATLI-2021-10');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-000000000345','2021-10-20T08:06:56Z','demo','certificate.issue','certificate','00000000-0000-4000-8000-000000000344',NULL,NULL,'DV-2021-00021 for DV-SAATLI-2021-10');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-000000000348','2021-10-20T08:06:58Z','demo','certificate.issue','certificate','00000000-0000-4000-8000-000000000347',NULL,NULL,'DV-2021-00022 for DV-SHUVALAN-2021-10');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-00000000034b','2021-10-20T08:07:00Z','demo','certificate.issue','certificate','00000000-0000-4000-8000-00000000034a',NULL,NULL,'DV-2021-00023 for DV-SHUVALAN-2021-10');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-00000000034e','2021-10-20T08:07:02Z','demo','certificate.issue','certificate','00000000-0000-4000-8000-00000000034d',NULL,NULL,'DV-2021-00024 for DV-SHUVALAN-2021-10');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-000000000351','2021-10-20T08:07:04Z','demo','certificate.issue','certificate','00000000-0000-4000-8000-000000000350',NULL,NULL,'DV-2021-00025 for DV-SHUVALAN-2021-10');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-000000000354','2021-10-20T08:07:06Z','demo','certificate.issue','certificate','00000000-0000-4000-8000-000000000353',NULL,NULL,'DV-2021-00026 for DV-SHUVALAN-2021-10');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-000000000357','2021-10-20T08:07:08Z','demo','certificate.issue','certificate','00000000-0000-4000-8000-000000000356',NULL,NULL,'DV-2021-00027 for DV-SHUVALAN-2021-10');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-00000000035a','2021-10-20T08:07:10Z','demo','certificate.issue','certificate','00000000-0000-4000-8000-000000000359',NULL,NULL,'DV-2021-00028 for DV-SHUVALAN-2021-10');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-00000000035d','2021-10-20T08:07:12Z','demo','certificate.issue','certificate','00000000-0000-4000-8000-00000000035c',NULL,NULL,'DV-2021-00029 for DV-SHUVALAN-2021-10');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-000000000360','2021-10-20T08:07:14Z','demo','certificate.issue','certificate','00000000-0000-4000-8000-00000000035f',NULL,NULL,'DV-2021-00030 for DV-SHUVALAN-2021-10');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-000000000363','2021-10-20T08:07:16Z','demo','certificate.issue','certificate','00000000-0000-4000-8000-000000000362',NULL,NULL,'DV-2021-00031 for DV-SHUVALAN-2021-10');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-000000000366','2021-10-20T08:07:18Z','demo','certificate.issue','certificate','00000000-0000-4000-8000-000000000365',NULL,NULL,'DV-2021-00032 for DV-SHUVALAN-2021-10');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-000000000369','2021-10-20T08:07:20Z','demo','certificate.issue','certificate','00000000-0000-4000-8000-000000000368',NULL,NULL,'DV-2021-00033 for DV-SHUVALAN-2021-10');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-00000000036c','2021-10-20T08:07:22Z','demo','certificate.issue','certificate','00000000-0000-4000-8000-00000000036b',NULL,NULL,'DV-2021-00034 for DV-SHUVALAN-2021-10');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-00000000036f','2021-10-20T08:07:24Z','demo','certificate.issue','certificate','00000000-0000-4000-8000-00000000036e',NULL,NULL,'DV-2021-00035 for DV-SHUVALAN-2021-10');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-000000000372','2021-10-20T08:07:26Z','demo','certificate.issue','certificate','00000000-0000-4000-8000-000000000371',NULL,NULL,'DV-2021-00036 for DV-SHUVALAN-2021-10');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-000000000375','2021-10-20T08:07:28Z','demo','certificate.issue','certificate','00000000-0000-4000-8000-000000000374',NULL,NULL,'DV-2021-00037 for DV-SHUVALAN-2021-10');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-000000000378','2021-10-20T08:07:30Z','demo','certificate.issue','certificate','00000000-0000-4000-8000-000000000377',NULL,NULL,'DV-2021-00038 for DV-SHUVALAN-2021-10');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-00000000037b','2021-10-20T08:07:32Z','demo','certificate.issue','certificate','00000000-0000-4000-8000-00000000037a',NULL,NULL,'DV-2021-00039 for DV-SHUVALAN-2021-10');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-00000000037e','2021-10-20T08:07:34Z','demo','certificate.issue','certificate','00000000-0000-4000-8000-00000000037d',NULL,NULL,'DV-2021-00040 for DV-SHUVALAN-2021-10');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-000000000381','2021-10-20T08:07:36Z','demo','certificate.issue','certificate','00000000-0000-4000-8000-000000000380',NULL,NULL,'DV-2021-00041 for DV-SHUVALAN-2021-10');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-000000000384','2021-10-20T08:07:38Z','demo','certificate.issue','certificate','00000000-0000-4000-8000-000000000383',NULL,NULL,'DV-2021-00042 for DV-SHUVALAN-2021-10');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-000000000387','2021-10-20T08:07:40Z','demo','certificate.issue','certificate','00000000-0000-4000-8000-000000000386',NULL,NULL,'DV-2021-00043 for DV-SHUVALAN-2021-10');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-00000000038a','2021-10-20T08:07:42Z','demo','certificate.issue','certificate','00000000-0000-4000-8000-000000000389',NULL,NULL,'DV-2021-00044 for DV-SHUVALAN-2021-10');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-00000000038d','2021-10-20T08:07:44Z','demo','certificate.issue','certificate','00000000-0000-4000-8000-00000000038c',NULL,NULL,'JUD-2021-00001 for JUD-BAKU-2021-11');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-000000000390','2021-10-20T08:07:46Z','demo','certificate.issue','certificate','00000000-0000-4000-8000-00000000038f',NULL,NULL,'JUD-2021-00002 for JUD-BAKU-2021-11');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-000000000393','2021-10-20T08:07:48Z','demo','certificate.issue','certificate','00000000-0000-4000-8000-000000000392',NULL,NULL,'JUD-2021-00003 for JUD-BAKU-2021-11');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-000000000396','2021-10-20T08:07:50Z','demo','certificate.issue','certificate','00000000-0000-4000-8000-000000000395',NULL,NULL,'JUD-2021-00004 for JUD-BAKU-2021-11');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-000000000399','2021-10-20T08:07:52Z','demo','certificate.issue','certificate','00000000-0000-4000-8000-000000000398',NULL,NULL,'JUD-2021-00005 for JUD-BAKU-2021-11');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-00000000039c','2021-10-20T08:07:54Z','demo','certificate.issue','certificate','00000000-0000-4000-8000-00000000039b',NULL,NULL,'MEDIA-2021-00001 for MEDIA-BAKU-2021-12');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-00000000039f','2021-10-20T08:07:56Z','demo','certificate.issue','certificate','00000000-0000-4000-8000-00000000039e',NULL,NULL,'MEDIA-2021-00002 for MEDIA-BAKU-2021-12');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-0000000003a2','2021-10-20T08:07:58Z','demo','certificate.issue','certificate','00000000-0000-4000-8000-0000000003a1',NULL,NULL,'MEDIA-2021-00003 for MEDIA-BAKU-2021-12');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-0000000003a5','2021-10-20T08:08:00Z','demo','certificate.issue','certificate','00000000-0000-4000-8000-0000000003a4',NULL,NULL,'MEDIA-2021-00004 for MEDIA-BAKU-2021-12');
INSERT INTO audit_log VALUES('00000000-0000-4000-8000-0000000003a8','2021-10-20T08:08:02Z','demo','certificate.issue','certificate','00000000-0000-4000-8000-0000000003a7',NULL,NULL,'MEDIA-2021-00005 for MEDIA-BAKU-2021-12');
INSERT INTO audit_log VALUES('01a229b0-6142-72bb-84e3-8e0811fea914','2026-11-29T23:42:34Z','fixture','trainee.add','trainee','01a229b0-6141-7335-b29d-30e025087203',NULL,NULL,'T-00070');
INSERT INTO audit_log VALUES('01a229b0-615b-708a-afb1-00cb420dafc2','2026-11-29T23:42:34Z','fixture','trainee.merge','trainee','00000000-0000-4000-8000-000000000037',NULL,NULL,'T-00007: merged T-00070 into it');
INSERT INTO audit_log VALUES('01a229b0-6171-799b-a877-00e0162d24b3','2026-11-29T23:42:34Z','fixture','trainee.erase','trainee','00000000-0000-4000-8000-000000000074',NULL,NULL,'T-00068: reason: asked by letter');
INSERT INTO audit_log VALUES('01a229b0-6195-77f7-a8e1-0a3e7074eed1','2026-11-29T23:42:34Z','fixture','event.schedule','training_event','01a229b0-6190-7a4c-b01b-b0bfc5a81eb7',NULL,NULL,'DV-SAATLI-2021-12: DV-101, 6 sessions 2021-12-13 to 2021-12-15');
INSERT INTO audit_log VALUES('01a229b0-61ab-7c39-9a5d-1aaf49245fed','2026-11-29T23:42:34Z','fixture','enrollment.add','enrollment','01a229b0-61ab-7335-8051-a3e3a1ab2d87',NULL,NULL,'T-00001 in DV-SAATLI-2021-12: enrolled');
INSERT INTO audit_log VALUES('01a229b0-61ac-7a37-a369-e3f3daba271a','2026-11-29T23:42:34Z','fixture','enrollment.add','enrollment','01a229b0-61ac-76bb-b32b-4ce16e8ac11b',NULL,NULL,'T-00002 in DV-SAATLI-2021-12: enrolled');
INSERT INTO audit_log VALUES('01a229b0-61ac-7aef-a39f-5c2a7f938109','2026-11-29T23:42:34Z','fixture','enrollment.add','enrollment','01a229b0-61ac-761e-9233-dd463b47bbf3',NULL,NULL,'T-00003 in DV-SAATLI-2021-12: waitlisted');
INSERT INTO audit_log VALUES('01a229b0-61ac-7365-802e-58bb9af1e714','2026-11-29T23:42:34Z','fixture','enrollment.add','enrollment','01a229b0-61ac-7c7f-8a40-5ee94640dfa1',NULL,NULL,'T-00004 in DV-SAATLI-2021-12: waitlisted');
INSERT INTO audit_log VALUES('01a229b0-61c2-75db-b784-e78c68245b00','2026-11-29T23:42:34Z','fixture','enrollment.withdraw','enrollment','01a229b0-61ab-7335-8051-a3e3a1ab2d87',NULL,NULL,'T-00001 from DV-SAATLI-2021-12');
INSERT INTO audit_log VALUES('01a229b0-61c2-79ae-bd82-7de0e25a09de','2026-11-29T23:42:34Z','fixture','enrollment.promote','enrollment','01a229b0-61ac-761e-9233-dd463b47bbf3',NULL,NULL,'T-00003 from the waitlist of DV-SAATLI-2021-12');
INSERT INTO audit_log VALUES('01a229b0-61d2-7bed-b968-156286b2f924','2026-11-29T23:42:34Z','fixture','session.cancel','training_session','01a229b0-6194-783a-86ee-b753f9413849',NULL,NULL,'DV-SAATLI-2021-12 session 6');
INSERT INTO audit_log VALUES('01a229b0-61ee-7a27-9b8c-38af995cabef','2026-11-29T23:42:34Z','fixture','enrollment.walk-in','enrollment','01a229b0-61ee-7e71-b77a-d4b857e131e2',NULL,NULL,'T-00010 in DV-SAATLI-2021-12');
INSERT INTO audit_log VALUES('01a229b0-6203-7a6c-903e-ab8c9db7029a','2026-11-29T23:42:35Z','fixture','event.schedule','training_event','01a229b0-6200-76d5-a953-e9a56bacc7ed',NULL,NULL,'JUD-SHUVALAN-2021-12: JUD-201, 4 sessions 2021-12-20 to 2021-12-21');
INSERT INTO audit_log VALUES('01a229b0-621c-727b-9a70-fa276aaa53d4','2026-11-29T23:42:35Z','fixture','enrollment.add','enrollment','01a229b0-621c-7b3c-8770-dd645443e1d7',NULL,NULL,'T-00020 in JUD-SHUVALAN-2021-12: enrolled (forced: T-00020: profession ''volunteer'' is not in the audience of JUD-201 (judge, prosecutor, lawyer))');
INSERT INTO audit_log VALUES('01a229b0-622d-760d-83fe-7ef0c6d88454','2026-11-29T23:42:35Z','fixture','event.cancel','training_event','01a229b0-6200-76d5-a953-e9a56bacc7ed',NULL,NULL,'JUD-SHUVALAN-2021-12');
INSERT INTO audit_log VALUES('01a229b0-6241-7628-b326-7b45764fc37d','2026-11-29T23:42:35Z','fixture','certificate.revoke','certificate','00000000-0000-4000-8000-00000000030e',NULL,NULL,'DV-2021-00003: issued to the wrong person');
INSERT INTO audit_log VALUES('01a229b0-6253-727f-852b-3d1fe4baf4e1','2026-11-29T23:42:35Z','fixture','certificate.issue','certificate','01a229b0-6253-7bc5-a5d7-5bea12849788',NULL,NULL,'DV-2021-00045 for DV-SAATLI-2021-10');
INSERT INTO audit_log VALUES('01a229b0-6253-7de9-8707-3d4792c33340','2026-11-29T23:42:35Z','fixture','certificate.reissue','certificate','00000000-0000-4000-8000-000000000314',NULL,NULL,'DV-2021-00005 superseded by DV-2021-00045');
INSERT INTO audit_log VALUES('01a229b0-6268-7707-bf38-adf03cebef1d','2026-11-29T23:42:35Z','fixture','holiday.add','holiday',NULL,NULL,NULL,'2021-11-10 Qələbə Günü (köçürülmüş)');
CREATE TABLE holiday_rule (
    month_day TEXT PRIMARY KEY,
    name TEXT NOT NULL
);
INSERT INTO holiday_rule VALUES('01-01','Yeni il');
INSERT INTO holiday_rule VALUES('01-02','Yeni il');
INSERT INTO holiday_rule VALUES('01-20','Ümumxalq hüzn günü');
INSERT INTO holiday_rule VALUES('03-08','Qadınlar günü');
INSERT INTO holiday_rule VALUES('03-20','Novruz bayramı');
INSERT INTO holiday_rule VALUES('03-21','Novruz bayramı');
INSERT INTO holiday_rule VALUES('03-22','Novruz bayramı');
INSERT INTO holiday_rule VALUES('03-23','Novruz bayramı');
INSERT INTO holiday_rule VALUES('03-24','Novruz bayramı');
INSERT INTO holiday_rule VALUES('05-09','Faşizm üzərində qələbə günü');
INSERT INTO holiday_rule VALUES('05-28','Müstəqillik günü');
INSERT INTO holiday_rule VALUES('06-15','Azərbaycan xalqının milli qurtuluş günü');
INSERT INTO holiday_rule VALUES('06-26','Azərbaycan Respublikasının Silahlı Qüvvələri günü');
INSERT INTO holiday_rule VALUES('11-08','Zəfər günü');
INSERT INTO holiday_rule VALUES('11-09','Dövlət bayrağı günü');
INSERT INTO holiday_rule VALUES('12-31','Dünya azərbaycanlılarının həmrəyliyi günü');
CREATE TABLE holiday (
    date TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL
);
INSERT INTO holiday VALUES('2021-11-10','Qələbə Günü (köçürülmüş)','fixture','2026-11-29T23:42:35Z');
CREATE TABLE IF NOT EXISTS "attendance" (
    id TEXT NOT NULL,
    enrollment_id TEXT NOT NULL REFERENCES enrollment (id),
    session_id TEXT NOT NULL REFERENCES training_session (id),
    status TEXT NOT NULL CHECK (status = 'present' OR status = 'late' OR status = 'excused' OR status = 'absent'),
    note TEXT,
    marked_by TEXT NOT NULL,
    marked_at TEXT NOT NULL,
    PRIMARY KEY (enrollment_id, session_id)
) WITHOUT ROWID;
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000104','00000000-0000-4000-8000-00000000007a','00000000-0000-4000-8000-000000000017','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000120','00000000-0000-4000-8000-00000000007a','00000000-0000-4000-8000-000000000018','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000013c','00000000-0000-4000-8000-00000000007a','00000000-0000-4000-8000-000000000019','absent',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000158','00000000-0000-4000-8000-00000000007a','00000000-0000-4000-8000-00000000001a','absent',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000174','00000000-0000-4000-8000-00000000007a','00000000-0000-4000-8000-00000000001b','absent',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000190','00000000-0000-4000-8000-00000000007a','00000000-0000-4000-8000-00000000001c','absent',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000105','00000000-0000-4000-8000-00000000007c','00000000-0000-4000-8000-000000000017','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000121','00000000-0000-4000-8000-00000000007c','00000000-0000-4000-8000-000000000018','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000013d','00000000-0000-4000-8000-00000000007c','00000000-0000-4000-8000-000000000019','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000159','00000000-0000-4000-8000-00000000007c','00000000-0000-4000-8000-00000000001a','excused',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000175','00000000-0000-4000-8000-00000000007c','00000000-0000-4000-8000-00000000001b','excused',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000191','00000000-0000-4000-8000-00000000007c','00000000-0000-4000-8000-00000000001c','excused',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000106','00000000-0000-4000-8000-00000000007e','00000000-0000-4000-8000-000000000017','late',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000122','00000000-0000-4000-8000-00000000007e','00000000-0000-4000-8000-000000000018','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000013e','00000000-0000-4000-8000-00000000007e','00000000-0000-4000-8000-000000000019','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000015a','00000000-0000-4000-8000-00000000007e','00000000-0000-4000-8000-00000000001a','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000176','00000000-0000-4000-8000-00000000007e','00000000-0000-4000-8000-00000000001b','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000192','00000000-0000-4000-8000-00000000007e','00000000-0000-4000-8000-00000000001c','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000107','00000000-0000-4000-8000-000000000080','00000000-0000-4000-8000-000000000017','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000123','00000000-0000-4000-8000-000000000080','00000000-0000-4000-8000-000000000018','absent',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000013f','00000000-0000-4000-8000-000000000080','00000000-0000-4000-8000-000000000019','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000015b','00000000-0000-4000-8000-000000000080','00000000-0000-4000-8000-00000000001a','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000177','00000000-0000-4000-8000-000000000080','00000000-0000-4000-8000-00000000001b','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000193','00000000-0000-4000-8000-000000000080','00000000-0000-4000-8000-00000000001c','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000108','00000000-0000-4000-8000-000000000082','00000000-0000-4000-8000-000000000017','late',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000124','00000000-0000-4000-8000-000000000082','00000000-0000-4000-8000-000000000018','late',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000140','00000000-0000-4000-8000-000000000082','00000000-0000-4000-8000-000000000019','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000015c','00000000-0000-4000-8000-000000000082','00000000-0000-4000-8000-00000000001a','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000178','00000000-0000-4000-8000-000000000082','00000000-0000-4000-8000-00000000001b','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000194','00000000-0000-4000-8000-000000000082','00000000-0000-4000-8000-00000000001c','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000109','00000000-0000-4000-8000-000000000084','00000000-0000-4000-8000-000000000017','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000125','00000000-0000-4000-8000-000000000084','00000000-0000-4000-8000-000000000018','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000141','00000000-0000-4000-8000-000000000084','00000000-0000-4000-8000-000000000019','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000015d','00000000-0000-4000-8000-000000000084','00000000-0000-4000-8000-00000000001a','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000179','00000000-0000-4000-8000-000000000084','00000000-0000-4000-8000-00000000001b','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000195','00000000-0000-4000-8000-000000000084','00000000-0000-4000-8000-00000000001c','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000010a','00000000-0000-4000-8000-000000000086','00000000-0000-4000-8000-000000000017','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000126','00000000-0000-4000-8000-000000000086','00000000-0000-4000-8000-000000000018','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000142','00000000-0000-4000-8000-000000000086','00000000-0000-4000-8000-000000000019','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000015e','00000000-0000-4000-8000-000000000086','00000000-0000-4000-8000-00000000001a','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000017a','00000000-0000-4000-8000-000000000086','00000000-0000-4000-8000-00000000001b','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000196','00000000-0000-4000-8000-000000000086','00000000-0000-4000-8000-00000000001c','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000010b','00000000-0000-4000-8000-000000000088','00000000-0000-4000-8000-000000000017','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000127','00000000-0000-4000-8000-000000000088','00000000-0000-4000-8000-000000000018','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000143','00000000-0000-4000-8000-000000000088','00000000-0000-4000-8000-000000000019','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000015f','00000000-0000-4000-8000-000000000088','00000000-0000-4000-8000-00000000001a','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000017b','00000000-0000-4000-8000-000000000088','00000000-0000-4000-8000-00000000001b','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000197','00000000-0000-4000-8000-000000000088','00000000-0000-4000-8000-00000000001c','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000010c','00000000-0000-4000-8000-00000000008a','00000000-0000-4000-8000-000000000017','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000128','00000000-0000-4000-8000-00000000008a','00000000-0000-4000-8000-000000000018','late',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000144','00000000-0000-4000-8000-00000000008a','00000000-0000-4000-8000-000000000019','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000160','00000000-0000-4000-8000-00000000008a','00000000-0000-4000-8000-00000000001a','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000017c','00000000-0000-4000-8000-00000000008a','00000000-0000-4000-8000-00000000001b','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000198','00000000-0000-4000-8000-00000000008a','00000000-0000-4000-8000-00000000001c','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000010d','00000000-0000-4000-8000-00000000008c','00000000-0000-4000-8000-000000000017','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000129','00000000-0000-4000-8000-00000000008c','00000000-0000-4000-8000-000000000018','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000145','00000000-0000-4000-8000-00000000008c','00000000-0000-4000-8000-000000000019','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000161','00000000-0000-4000-8000-00000000008c','00000000-0000-4000-8000-00000000001a','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000017d','00000000-0000-4000-8000-00000000008c','00000000-0000-4000-8000-00000000001b','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000199','00000000-0000-4000-8000-00000000008c','00000000-0000-4000-8000-00000000001c','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000010e','00000000-0000-4000-8000-00000000008e','00000000-0000-4000-8000-000000000017','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000012a','00000000-0000-4000-8000-00000000008e','00000000-0000-4000-8000-000000000018','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000146','00000000-0000-4000-8000-00000000008e','00000000-0000-4000-8000-000000000019','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000162','00000000-0000-4000-8000-00000000008e','00000000-0000-4000-8000-00000000001a','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000017e','00000000-0000-4000-8000-00000000008e','00000000-0000-4000-8000-00000000001b','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000019a','00000000-0000-4000-8000-00000000008e','00000000-0000-4000-8000-00000000001c','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000010f','00000000-0000-4000-8000-000000000090','00000000-0000-4000-8000-000000000017','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000012b','00000000-0000-4000-8000-000000000090','00000000-0000-4000-8000-000000000018','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000147','00000000-0000-4000-8000-000000000090','00000000-0000-4000-8000-000000000019','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000163','00000000-0000-4000-8000-000000000090','00000000-0000-4000-8000-00000000001a','late',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000017f','00000000-0000-4000-8000-000000000090','00000000-0000-4000-8000-00000000001b','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000019b','00000000-0000-4000-8000-000000000090','00000000-0000-4000-8000-00000000001c','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000110','00000000-0000-4000-8000-000000000092','00000000-0000-4000-8000-000000000017','late',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000012c','00000000-0000-4000-8000-000000000092','00000000-0000-4000-8000-000000000018','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000148','00000000-0000-4000-8000-000000000092','00000000-0000-4000-8000-000000000019','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000164','00000000-0000-4000-8000-000000000092','00000000-0000-4000-8000-00000000001a','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000180','00000000-0000-4000-8000-000000000092','00000000-0000-4000-8000-00000000001b','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000019c','00000000-0000-4000-8000-000000000092','00000000-0000-4000-8000-00000000001c','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000111','00000000-0000-4000-8000-000000000094','00000000-0000-4000-8000-000000000017','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000012d','00000000-0000-4000-8000-000000000094','00000000-0000-4000-8000-000000000018','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000149','00000000-0000-4000-8000-000000000094','00000000-0000-4000-8000-000000000019','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000165','00000000-0000-4000-8000-000000000094','00000000-0000-4000-8000-00000000001a','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000181','00000000-0000-4000-8000-000000000094','00000000-0000-4000-8000-00000000001b','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000019d','00000000-0000-4000-8000-000000000094','00000000-0000-4000-8000-00000000001c','absent',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000112','00000000-0000-4000-8000-000000000096','00000000-0000-4000-8000-000000000017','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000012e','00000000-0000-4000-8000-000000000096','00000000-0000-4000-8000-000000000018','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000014a','00000000-0000-4000-8000-000000000096','00000000-0000-4000-8000-000000000019','late',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000166','00000000-0000-4000-8000-000000000096','00000000-0000-4000-8000-00000000001a','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000182','00000000-0000-4000-8000-000000000096','00000000-0000-4000-8000-00000000001b','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000019e','00000000-0000-4000-8000-000000000096','00000000-0000-4000-8000-00000000001c','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000113','00000000-0000-4000-8000-000000000098','00000000-0000-4000-8000-000000000017','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000012f','00000000-0000-4000-8000-000000000098','00000000-0000-4000-8000-000000000018','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000014b','00000000-0000-4000-8000-000000000098','00000000-0000-4000-8000-000000000019','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000167','00000000-0000-4000-8000-000000000098','00000000-0000-4000-8000-00000000001a','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000183','00000000-0000-4000-8000-000000000098','00000000-0000-4000-8000-00000000001b','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000019f','00000000-0000-4000-8000-000000000098','00000000-0000-4000-8000-00000000001c','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000114','00000000-0000-4000-8000-00000000009a','00000000-0000-4000-8000-000000000017','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000130','00000000-0000-4000-8000-00000000009a','00000000-0000-4000-8000-000000000018','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000014c','00000000-0000-4000-8000-00000000009a','00000000-0000-4000-8000-000000000019','late',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000168','00000000-0000-4000-8000-00000000009a','00000000-0000-4000-8000-00000000001a','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000184','00000000-0000-4000-8000-00000000009a','00000000-0000-4000-8000-00000000001b','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001a0','00000000-0000-4000-8000-00000000009a','00000000-0000-4000-8000-00000000001c','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000115','00000000-0000-4000-8000-00000000009c','00000000-0000-4000-8000-000000000017','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000131','00000000-0000-4000-8000-00000000009c','00000000-0000-4000-8000-000000000018','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000014d','00000000-0000-4000-8000-00000000009c','00000000-0000-4000-8000-000000000019','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000169','00000000-0000-4000-8000-00000000009c','00000000-0000-4000-8000-00000000001a','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000185','00000000-0000-4000-8000-00000000009c','00000000-0000-4000-8000-00000000001b','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001a1','00000000-0000-4000-8000-00000000009c','00000000-0000-4000-8000-00000000001c','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000116','00000000-0000-4000-8000-00000000009e','00000000-0000-4000-8000-000000000017','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000132','00000000-0000-4000-8000-00000000009e','00000000-0000-4000-8000-000000000018','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000014e','00000000-0000-4000-8000-00000000009e','00000000-0000-4000-8000-000000000019','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000016a','00000000-0000-4000-8000-00000000009e','00000000-0000-4000-8000-00000000001a','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000186','00000000-0000-4000-8000-00000000009e','00000000-0000-4000-8000-00000000001b','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001a2','00000000-0000-4000-8000-00000000009e','00000000-0000-4000-8000-00000000001c','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000117','00000000-0000-4000-8000-0000000000a0','00000000-0000-4000-8000-000000000017','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000133','00000000-0000-4000-8000-0000000000a0','00000000-0000-4000-8000-000000000018','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000014f','00000000-0000-4000-8000-0000000000a0','00000000-0000-4000-8000-000000000019','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000016b','00000000-0000-4000-8000-0000000000a0','00000000-0000-4000-8000-00000000001a','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000187','00000000-0000-4000-8000-0000000000a0','00000000-0000-4000-8000-00000000001b','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001a3','00000000-0000-4000-8000-0000000000a0','00000000-0000-4000-8000-00000000001c','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000118','00000000-0000-4000-8000-0000000000a2','00000000-0000-4000-8000-000000000017','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000134','00000000-0000-4000-8000-0000000000a2','00000000-0000-4000-8000-000000000018','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000150','00000000-0000-4000-8000-0000000000a2','00000000-0000-4000-8000-000000000019','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000016c','00000000-0000-4000-8000-0000000000a2','00000000-0000-4000-8000-00000000001a','late',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000188','00000000-0000-4000-8000-0000000000a2','00000000-0000-4000-8000-00000000001b','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001a4','00000000-0000-4000-8000-0000000000a2','00000000-0000-4000-8000-00000000001c','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000119','00000000-0000-4000-8000-0000000000a4','00000000-0000-4000-8000-000000000017','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000135','00000000-0000-4000-8000-0000000000a4','00000000-0000-4000-8000-000000000018','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000151','00000000-0000-4000-8000-0000000000a4','00000000-0000-4000-8000-000000000019','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000016d','00000000-0000-4000-8000-0000000000a4','00000000-0000-4000-8000-00000000001a','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000189','00000000-0000-4000-8000-0000000000a4','00000000-0000-4000-8000-00000000001b','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001a5','00000000-0000-4000-8000-0000000000a4','00000000-0000-4000-8000-00000000001c','excused',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000011a','00000000-0000-4000-8000-0000000000a6','00000000-0000-4000-8000-000000000017','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000136','00000000-0000-4000-8000-0000000000a6','00000000-0000-4000-8000-000000000018','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000152','00000000-0000-4000-8000-0000000000a6','00000000-0000-4000-8000-000000000019','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000016e','00000000-0000-4000-8000-0000000000a6','00000000-0000-4000-8000-00000000001a','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000018a','00000000-0000-4000-8000-0000000000a6','00000000-0000-4000-8000-00000000001b','absent',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001a6','00000000-0000-4000-8000-0000000000a6','00000000-0000-4000-8000-00000000001c','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000011b','00000000-0000-4000-8000-0000000000a8','00000000-0000-4000-8000-000000000017','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000137','00000000-0000-4000-8000-0000000000a8','00000000-0000-4000-8000-000000000018','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000153','00000000-0000-4000-8000-0000000000a8','00000000-0000-4000-8000-000000000019','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000016f','00000000-0000-4000-8000-0000000000a8','00000000-0000-4000-8000-00000000001a','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000018b','00000000-0000-4000-8000-0000000000a8','00000000-0000-4000-8000-00000000001b','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001a7','00000000-0000-4000-8000-0000000000a8','00000000-0000-4000-8000-00000000001c','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000011c','00000000-0000-4000-8000-0000000000aa','00000000-0000-4000-8000-000000000017','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000138','00000000-0000-4000-8000-0000000000aa','00000000-0000-4000-8000-000000000018','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000154','00000000-0000-4000-8000-0000000000aa','00000000-0000-4000-8000-000000000019','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000170','00000000-0000-4000-8000-0000000000aa','00000000-0000-4000-8000-00000000001a','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000018c','00000000-0000-4000-8000-0000000000aa','00000000-0000-4000-8000-00000000001b','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001a8','00000000-0000-4000-8000-0000000000aa','00000000-0000-4000-8000-00000000001c','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000011d','00000000-0000-4000-8000-0000000000ac','00000000-0000-4000-8000-000000000017','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000139','00000000-0000-4000-8000-0000000000ac','00000000-0000-4000-8000-000000000018','late',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000155','00000000-0000-4000-8000-0000000000ac','00000000-0000-4000-8000-000000000019','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000171','00000000-0000-4000-8000-0000000000ac','00000000-0000-4000-8000-00000000001a','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000018d','00000000-0000-4000-8000-0000000000ac','00000000-0000-4000-8000-00000000001b','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001a9','00000000-0000-4000-8000-0000000000ac','00000000-0000-4000-8000-00000000001c','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000011e','00000000-0000-4000-8000-0000000000ae','00000000-0000-4000-8000-000000000017','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000013a','00000000-0000-4000-8000-0000000000ae','00000000-0000-4000-8000-000000000018','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000156','00000000-0000-4000-8000-0000000000ae','00000000-0000-4000-8000-000000000019','excused',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000172','00000000-0000-4000-8000-0000000000ae','00000000-0000-4000-8000-00000000001a','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000018e','00000000-0000-4000-8000-0000000000ae','00000000-0000-4000-8000-00000000001b','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001aa','00000000-0000-4000-8000-0000000000ae','00000000-0000-4000-8000-00000000001c','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000011f','00000000-0000-4000-8000-0000000000b0','00000000-0000-4000-8000-000000000017','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000013b','00000000-0000-4000-8000-0000000000b0','00000000-0000-4000-8000-000000000018','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000157','00000000-0000-4000-8000-0000000000b0','00000000-0000-4000-8000-000000000019','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000173','00000000-0000-4000-8000-0000000000b0','00000000-0000-4000-8000-00000000001a','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000018f','00000000-0000-4000-8000-0000000000b0','00000000-0000-4000-8000-00000000001b','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001ab','00000000-0000-4000-8000-0000000000b0','00000000-0000-4000-8000-00000000001c','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001ac','00000000-0000-4000-8000-0000000000b2','00000000-0000-4000-8000-00000000001f','late',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001c6','00000000-0000-4000-8000-0000000000b2','00000000-0000-4000-8000-000000000020','excused',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001e0','00000000-0000-4000-8000-0000000000b2','00000000-0000-4000-8000-000000000021','absent',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001fa','00000000-0000-4000-8000-0000000000b2','00000000-0000-4000-8000-000000000022','absent',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000214','00000000-0000-4000-8000-0000000000b2','00000000-0000-4000-8000-000000000023','absent',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000022e','00000000-0000-4000-8000-0000000000b2','00000000-0000-4000-8000-000000000024','absent',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001ad','00000000-0000-4000-8000-0000000000b4','00000000-0000-4000-8000-00000000001f','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001c7','00000000-0000-4000-8000-0000000000b4','00000000-0000-4000-8000-000000000020','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001e1','00000000-0000-4000-8000-0000000000b4','00000000-0000-4000-8000-000000000021','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001fb','00000000-0000-4000-8000-0000000000b4','00000000-0000-4000-8000-000000000022','excused',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000215','00000000-0000-4000-8000-0000000000b4','00000000-0000-4000-8000-000000000023','excused',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000022f','00000000-0000-4000-8000-0000000000b4','00000000-0000-4000-8000-000000000024','excused',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001ae','00000000-0000-4000-8000-0000000000b6','00000000-0000-4000-8000-00000000001f','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001c8','00000000-0000-4000-8000-0000000000b6','00000000-0000-4000-8000-000000000020','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001e2','00000000-0000-4000-8000-0000000000b6','00000000-0000-4000-8000-000000000021','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001fc','00000000-0000-4000-8000-0000000000b6','00000000-0000-4000-8000-000000000022','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000216','00000000-0000-4000-8000-0000000000b6','00000000-0000-4000-8000-000000000023','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000230','00000000-0000-4000-8000-0000000000b6','00000000-0000-4000-8000-000000000024','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001af','00000000-0000-4000-8000-0000000000b8','00000000-0000-4000-8000-00000000001f','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001c9','00000000-0000-4000-8000-0000000000b8','00000000-0000-4000-8000-000000000020','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001e3','00000000-0000-4000-8000-0000000000b8','00000000-0000-4000-8000-000000000021','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001fd','00000000-0000-4000-8000-0000000000b8','00000000-0000-4000-8000-000000000022','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000217','00000000-0000-4000-8000-0000000000b8','00000000-0000-4000-8000-000000000023','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000231','00000000-0000-4000-8000-0000000000b8','00000000-0000-4000-8000-000000000024','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001b0','00000000-0000-4000-8000-0000000000ba','00000000-0000-4000-8000-00000000001f','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001ca','00000000-0000-4000-8000-0000000000ba','00000000-0000-4000-8000-000000000020','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001e4','00000000-0000-4000-8000-0000000000ba','00000000-0000-4000-8000-000000000021','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001fe','00000000-0000-4000-8000-0000000000ba','00000000-0000-4000-8000-000000000022','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000218','00000000-0000-4000-8000-0000000000ba','00000000-0000-4000-8000-000000000023','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000232','00000000-0000-4000-8000-0000000000ba','00000000-0000-4000-8000-000000000024','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001b1','00000000-0000-4000-8000-0000000000bc','00000000-0000-4000-8000-00000000001f','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001cb','00000000-0000-4000-8000-0000000000bc','00000000-0000-4000-8000-000000000020','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001e5','00000000-0000-4000-8000-0000000000bc','00000000-0000-4000-8000-000000000021','late',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001ff','00000000-0000-4000-8000-0000000000bc','00000000-0000-4000-8000-000000000022','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000219','00000000-0000-4000-8000-0000000000bc','00000000-0000-4000-8000-000000000023','absent',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000233','00000000-0000-4000-8000-0000000000bc','00000000-0000-4000-8000-000000000024','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001b2','00000000-0000-4000-8000-0000000000be','00000000-0000-4000-8000-00000000001f','late',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001cc','00000000-0000-4000-8000-0000000000be','00000000-0000-4000-8000-000000000020','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001e6','00000000-0000-4000-8000-0000000000be','00000000-0000-4000-8000-000000000021','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000200','00000000-0000-4000-8000-0000000000be','00000000-0000-4000-8000-000000000022','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000021a','00000000-0000-4000-8000-0000000000be','00000000-0000-4000-8000-000000000023','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000234','00000000-0000-4000-8000-0000000000be','00000000-0000-4000-8000-000000000024','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001b3','00000000-0000-4000-8000-0000000000c0','00000000-0000-4000-8000-00000000001f','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001cd','00000000-0000-4000-8000-0000000000c0','00000000-0000-4000-8000-000000000020','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001e7','00000000-0000-4000-8000-0000000000c0','00000000-0000-4000-8000-000000000021','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000201','00000000-0000-4000-8000-0000000000c0','00000000-0000-4000-8000-000000000022','absent',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000021b','00000000-0000-4000-8000-0000000000c0','00000000-0000-4000-8000-000000000023','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000235','00000000-0000-4000-8000-0000000000c0','00000000-0000-4000-8000-000000000024','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001b4','00000000-0000-4000-8000-0000000000c2','00000000-0000-4000-8000-00000000001f','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001ce','00000000-0000-4000-8000-0000000000c2','00000000-0000-4000-8000-000000000020','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001e8','00000000-0000-4000-8000-0000000000c2','00000000-0000-4000-8000-000000000021','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000202','00000000-0000-4000-8000-0000000000c2','00000000-0000-4000-8000-000000000022','late',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000021c','00000000-0000-4000-8000-0000000000c2','00000000-0000-4000-8000-000000000023','late',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000236','00000000-0000-4000-8000-0000000000c2','00000000-0000-4000-8000-000000000024','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001b5','00000000-0000-4000-8000-0000000000c4','00000000-0000-4000-8000-00000000001f','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001cf','00000000-0000-4000-8000-0000000000c4','00000000-0000-4000-8000-000000000020','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001e9','00000000-0000-4000-8000-0000000000c4','00000000-0000-4000-8000-000000000021','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000203','00000000-0000-4000-8000-0000000000c4','00000000-0000-4000-8000-000000000022','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000021d','00000000-0000-4000-8000-0000000000c4','00000000-0000-4000-8000-000000000023','excused',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000237','00000000-0000-4000-8000-0000000000c4','00000000-0000-4000-8000-000000000024','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001b6','00000000-0000-4000-8000-0000000000c6','00000000-0000-4000-8000-00000000001f','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001d0','00000000-0000-4000-8000-0000000000c6','00000000-0000-4000-8000-000000000020','late',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001ea','00000000-0000-4000-8000-0000000000c6','00000000-0000-4000-8000-000000000021','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000204','00000000-0000-4000-8000-0000000000c6','00000000-0000-4000-8000-000000000022','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000021e','00000000-0000-4000-8000-0000000000c6','00000000-0000-4000-8000-000000000023','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000238','00000000-0000-4000-8000-0000000000c6','00000000-0000-4000-8000-000000000024','absent',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001b7','00000000-0000-4000-8000-0000000000c8','00000000-0000-4000-8000-00000000001f','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001d1','00000000-0000-4000-8000-0000000000c8','00000000-0000-4000-8000-000000000020','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001eb','00000000-0000-4000-8000-0000000000c8','00000000-0000-4000-8000-000000000021','late',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000205','00000000-0000-4000-8000-0000000000c8','00000000-0000-4000-8000-000000000022','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000021f','00000000-0000-4000-8000-0000000000c8','00000000-0000-4000-8000-000000000023','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000239','00000000-0000-4000-8000-0000000000c8','00000000-0000-4000-8000-000000000024','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001b8','00000000-0000-4000-8000-0000000000ca','00000000-0000-4000-8000-00000000001f','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001d2','00000000-0000-4000-8000-0000000000ca','00000000-0000-4000-8000-000000000020','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001ec','00000000-0000-4000-8000-0000000000ca','00000000-0000-4000-8000-000000000021','excused',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000206','00000000-0000-4000-8000-0000000000ca','00000000-0000-4000-8000-000000000022','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000220','00000000-0000-4000-8000-0000000000ca','00000000-0000-4000-8000-000000000023','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000023a','00000000-0000-4000-8000-0000000000ca','00000000-0000-4000-8000-000000000024','late',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001b9','00000000-0000-4000-8000-0000000000cc','00000000-0000-4000-8000-00000000001f','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001d3','00000000-0000-4000-8000-0000000000cc','00000000-0000-4000-8000-000000000020','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001ed','00000000-0000-4000-8000-0000000000cc','00000000-0000-4000-8000-000000000021','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000207','00000000-0000-4000-8000-0000000000cc','00000000-0000-4000-8000-000000000022','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000221','00000000-0000-4000-8000-0000000000cc','00000000-0000-4000-8000-000000000023','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000023b','00000000-0000-4000-8000-0000000000cc','00000000-0000-4000-8000-000000000024','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001ba','00000000-0000-4000-8000-0000000000ce','00000000-0000-4000-8000-00000000001f','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001d4','00000000-0000-4000-8000-0000000000ce','00000000-0000-4000-8000-000000000020','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001ee','00000000-0000-4000-8000-0000000000ce','00000000-0000-4000-8000-000000000021','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000208','00000000-0000-4000-8000-0000000000ce','00000000-0000-4000-8000-000000000022','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000222','00000000-0000-4000-8000-0000000000ce','00000000-0000-4000-8000-000000000023','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000023c','00000000-0000-4000-8000-0000000000ce','00000000-0000-4000-8000-000000000024','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001bb','00000000-0000-4000-8000-0000000000d0','00000000-0000-4000-8000-00000000001f','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001d5','00000000-0000-4000-8000-0000000000d0','00000000-0000-4000-8000-000000000020','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001ef','00000000-0000-4000-8000-0000000000d0','00000000-0000-4000-8000-000000000021','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000209','00000000-0000-4000-8000-0000000000d0','00000000-0000-4000-8000-000000000022','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000223','00000000-0000-4000-8000-0000000000d0','00000000-0000-4000-8000-000000000023','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000023d','00000000-0000-4000-8000-0000000000d0','00000000-0000-4000-8000-000000000024','late',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001bc','00000000-0000-4000-8000-0000000000d2','00000000-0000-4000-8000-00000000001f','absent',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001d6','00000000-0000-4000-8000-0000000000d2','00000000-0000-4000-8000-000000000020','late',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001f0','00000000-0000-4000-8000-0000000000d2','00000000-0000-4000-8000-000000000021','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000020a','00000000-0000-4000-8000-0000000000d2','00000000-0000-4000-8000-000000000022','late',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000224','00000000-0000-4000-8000-0000000000d2','00000000-0000-4000-8000-000000000023','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000023e','00000000-0000-4000-8000-0000000000d2','00000000-0000-4000-8000-000000000024','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001bd','00000000-0000-4000-8000-0000000000d4','00000000-0000-4000-8000-00000000001f','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001d7','00000000-0000-4000-8000-0000000000d4','00000000-0000-4000-8000-000000000020','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001f1','00000000-0000-4000-8000-0000000000d4','00000000-0000-4000-8000-000000000021','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000020b','00000000-0000-4000-8000-0000000000d4','00000000-0000-4000-8000-000000000022','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000225','00000000-0000-4000-8000-0000000000d4','00000000-0000-4000-8000-000000000023','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000023f','00000000-0000-4000-8000-0000000000d4','00000000-0000-4000-8000-000000000024','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001be','00000000-0000-4000-8000-0000000000d6','00000000-0000-4000-8000-00000000001f','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001d8','00000000-0000-4000-8000-0000000000d6','00000000-0000-4000-8000-000000000020','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001f2','00000000-0000-4000-8000-0000000000d6','00000000-0000-4000-8000-000000000021','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000020c','00000000-0000-4000-8000-0000000000d6','00000000-0000-4000-8000-000000000022','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000226','00000000-0000-4000-8000-0000000000d6','00000000-0000-4000-8000-000000000023','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000240','00000000-0000-4000-8000-0000000000d6','00000000-0000-4000-8000-000000000024','late',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001bf','00000000-0000-4000-8000-0000000000d8','00000000-0000-4000-8000-00000000001f','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001d9','00000000-0000-4000-8000-0000000000d8','00000000-0000-4000-8000-000000000020','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001f3','00000000-0000-4000-8000-0000000000d8','00000000-0000-4000-8000-000000000021','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000020d','00000000-0000-4000-8000-0000000000d8','00000000-0000-4000-8000-000000000022','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000227','00000000-0000-4000-8000-0000000000d8','00000000-0000-4000-8000-000000000023','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000241','00000000-0000-4000-8000-0000000000d8','00000000-0000-4000-8000-000000000024','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001c0','00000000-0000-4000-8000-0000000000da','00000000-0000-4000-8000-00000000001f','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001da','00000000-0000-4000-8000-0000000000da','00000000-0000-4000-8000-000000000020','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001f4','00000000-0000-4000-8000-0000000000da','00000000-0000-4000-8000-000000000021','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000020e','00000000-0000-4000-8000-0000000000da','00000000-0000-4000-8000-000000000022','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000228','00000000-0000-4000-8000-0000000000da','00000000-0000-4000-8000-000000000023','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000242','00000000-0000-4000-8000-0000000000da','00000000-0000-4000-8000-000000000024','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001c1','00000000-0000-4000-8000-0000000000dc','00000000-0000-4000-8000-00000000001f','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001db','00000000-0000-4000-8000-0000000000dc','00000000-0000-4000-8000-000000000020','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001f5','00000000-0000-4000-8000-0000000000dc','00000000-0000-4000-8000-000000000021','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000020f','00000000-0000-4000-8000-0000000000dc','00000000-0000-4000-8000-000000000022','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000229','00000000-0000-4000-8000-0000000000dc','00000000-0000-4000-8000-000000000023','late',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000243','00000000-0000-4000-8000-0000000000dc','00000000-0000-4000-8000-000000000024','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001c2','00000000-0000-4000-8000-0000000000de','00000000-0000-4000-8000-00000000001f','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001dc','00000000-0000-4000-8000-0000000000de','00000000-0000-4000-8000-000000000020','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001f6','00000000-0000-4000-8000-0000000000de','00000000-0000-4000-8000-000000000021','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000210','00000000-0000-4000-8000-0000000000de','00000000-0000-4000-8000-000000000022','late',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000022a','00000000-0000-4000-8000-0000000000de','00000000-0000-4000-8000-000000000023','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000244','00000000-0000-4000-8000-0000000000de','00000000-0000-4000-8000-000000000024','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001c3','00000000-0000-4000-8000-0000000000e0','00000000-0000-4000-8000-00000000001f','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001dd','00000000-0000-4000-8000-0000000000e0','00000000-0000-4000-8000-000000000020','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001f7','00000000-0000-4000-8000-0000000000e0','00000000-0000-4000-8000-000000000021','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000211','00000000-0000-4000-8000-0000000000e0','00000000-0000-4000-8000-000000000022','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000022b','00000000-0000-4000-8000-0000000000e0','00000000-0000-4000-8000-000000000023','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000245','00000000-0000-4000-8000-0000000000e0','00000000-0000-4000-8000-000000000024','late',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001c4','00000000-0000-4000-8000-0000000000e2','00000000-0000-4000-8000-00000000001f','late',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001de','00000000-0000-4000-8000-0000000000e2','00000000-0000-4000-8000-000000000020','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001f8','00000000-0000-4000-8000-0000000000e2','00000000-0000-4000-8000-000000000021','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000212','00000000-0000-4000-8000-0000000000e2','00000000-0000-4000-8000-000000000022','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000022c','00000000-0000-4000-8000-0000000000e2','00000000-0000-4000-8000-000000000023','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000246','00000000-0000-4000-8000-0000000000e2','00000000-0000-4000-8000-000000000024','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001c5','00000000-0000-4000-8000-0000000000e4','00000000-0000-4000-8000-00000000001f','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001df','00000000-0000-4000-8000-0000000000e4','00000000-0000-4000-8000-000000000020','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-0000000001f9','00000000-0000-4000-8000-0000000000e4','00000000-0000-4000-8000-000000000021','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000213','00000000-0000-4000-8000-0000000000e4','00000000-0000-4000-8000-000000000022','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000022d','00000000-0000-4000-8000-0000000000e4','00000000-0000-4000-8000-000000000023','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000247','00000000-0000-4000-8000-0000000000e4','00000000-0000-4000-8000-000000000024','excused',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000248','00000000-0000-4000-8000-0000000000e6','00000000-0000-4000-8000-000000000027','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000250','00000000-0000-4000-8000-0000000000e6','00000000-0000-4000-8000-000000000028','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000258','00000000-0000-4000-8000-0000000000e6','00000000-0000-4000-8000-000000000029','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000260','00000000-0000-4000-8000-0000000000e6','00000000-0000-4000-8000-00000000002a','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000249','00000000-0000-4000-8000-0000000000e8','00000000-0000-4000-8000-000000000027','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000251','00000000-0000-4000-8000-0000000000e8','00000000-0000-4000-8000-000000000028','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000259','00000000-0000-4000-8000-0000000000e8','00000000-0000-4000-8000-000000000029','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000261','00000000-0000-4000-8000-0000000000e8','00000000-0000-4000-8000-00000000002a','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000024a','00000000-0000-4000-8000-0000000000ea','00000000-0000-4000-8000-000000000027','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000252','00000000-0000-4000-8000-0000000000ea','00000000-0000-4000-8000-000000000028','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000025a','00000000-0000-4000-8000-0000000000ea','00000000-0000-4000-8000-000000000029','late',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000262','00000000-0000-4000-8000-0000000000ea','00000000-0000-4000-8000-00000000002a','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000024b','00000000-0000-4000-8000-0000000000ec','00000000-0000-4000-8000-000000000027','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000253','00000000-0000-4000-8000-0000000000ec','00000000-0000-4000-8000-000000000028','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000025b','00000000-0000-4000-8000-0000000000ec','00000000-0000-4000-8000-000000000029','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000263','00000000-0000-4000-8000-0000000000ec','00000000-0000-4000-8000-00000000002a','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000024c','00000000-0000-4000-8000-0000000000ee','00000000-0000-4000-8000-000000000027','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000254','00000000-0000-4000-8000-0000000000ee','00000000-0000-4000-8000-000000000028','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000025c','00000000-0000-4000-8000-0000000000ee','00000000-0000-4000-8000-000000000029','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000264','00000000-0000-4000-8000-0000000000ee','00000000-0000-4000-8000-00000000002a','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000024d','00000000-0000-4000-8000-0000000000f0','00000000-0000-4000-8000-000000000027','late',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000255','00000000-0000-4000-8000-0000000000f0','00000000-0000-4000-8000-000000000028','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000025d','00000000-0000-4000-8000-0000000000f0','00000000-0000-4000-8000-000000000029','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000265','00000000-0000-4000-8000-0000000000f0','00000000-0000-4000-8000-00000000002a','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000024e','00000000-0000-4000-8000-0000000000f2','00000000-0000-4000-8000-000000000027','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000256','00000000-0000-4000-8000-0000000000f2','00000000-0000-4000-8000-000000000028','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000025e','00000000-0000-4000-8000-0000000000f2','00000000-0000-4000-8000-000000000029','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000266','00000000-0000-4000-8000-0000000000f2','00000000-0000-4000-8000-00000000002a','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000024f','00000000-0000-4000-8000-0000000000f4','00000000-0000-4000-8000-000000000027','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000257','00000000-0000-4000-8000-0000000000f4','00000000-0000-4000-8000-000000000028','excused',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000025f','00000000-0000-4000-8000-0000000000f4','00000000-0000-4000-8000-000000000029','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000267','00000000-0000-4000-8000-0000000000f4','00000000-0000-4000-8000-00000000002a','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000268','00000000-0000-4000-8000-0000000000f6','00000000-0000-4000-8000-00000000002d','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000026f','00000000-0000-4000-8000-0000000000f6','00000000-0000-4000-8000-00000000002e','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000276','00000000-0000-4000-8000-0000000000f6','00000000-0000-4000-8000-00000000002f','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000269','00000000-0000-4000-8000-0000000000f8','00000000-0000-4000-8000-00000000002d','absent',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000270','00000000-0000-4000-8000-0000000000f8','00000000-0000-4000-8000-00000000002e','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000277','00000000-0000-4000-8000-0000000000f8','00000000-0000-4000-8000-00000000002f','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000026a','00000000-0000-4000-8000-0000000000fa','00000000-0000-4000-8000-00000000002d','excused',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000271','00000000-0000-4000-8000-0000000000fa','00000000-0000-4000-8000-00000000002e','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000278','00000000-0000-4000-8000-0000000000fa','00000000-0000-4000-8000-00000000002f','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000026b','00000000-0000-4000-8000-0000000000fc','00000000-0000-4000-8000-00000000002d','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000272','00000000-0000-4000-8000-0000000000fc','00000000-0000-4000-8000-00000000002e','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000279','00000000-0000-4000-8000-0000000000fc','00000000-0000-4000-8000-00000000002f','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000026c','00000000-0000-4000-8000-0000000000fe','00000000-0000-4000-8000-00000000002d','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000273','00000000-0000-4000-8000-0000000000fe','00000000-0000-4000-8000-00000000002e','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000027a','00000000-0000-4000-8000-0000000000fe','00000000-0000-4000-8000-00000000002f','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000026d','00000000-0000-4000-8000-000000000100','00000000-0000-4000-8000-00000000002d','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000274','00000000-0000-4000-8000-000000000100','00000000-0000-4000-8000-00000000002e','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000027b','00000000-0000-4000-8000-000000000100','00000000-0000-4000-8000-00000000002f','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000026e','00000000-0000-4000-8000-000000000102','00000000-0000-4000-8000-00000000002d','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-000000000275','00000000-0000-4000-8000-000000000102','00000000-0000-4000-8000-00000000002e','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('00000000-0000-4000-8000-00000000027c','00000000-0000-4000-8000-000000000102','00000000-0000-4000-8000-00000000002f','present',NULL,'demo','2021-10-20T08:03:56Z');
INSERT INTO attendance VALUES('01a229b0-61e0-7769-8e82-c33f17909e1e','01a229b0-61ac-761e-9233-dd463b47bbf3','01a229b0-6193-73af-b809-3d2c33a10a77','present',NULL,'fixture','2026-11-29T23:42:34Z');
INSERT INTO attendance VALUES('01a229b0-61e0-7cb8-a6ef-4e1fd8db2f97','01a229b0-61ac-76bb-b32b-4ce16e8ac11b','01a229b0-6193-73af-b809-3d2c33a10a77','present',NULL,'fixture','2026-11-29T23:42:34Z');
INSERT INTO attendance VALUES('01a229b0-61ee-7da7-abc1-29387458343c','01a229b0-61ee-7e71-b77a-d4b857e131e2','01a229b0-6193-73af-b809-3d2c33a10a77','late',NULL,'fixture','2026-11-29T23:42:34Z');
CREATE INDEX trainee_name_key ON trainee (name_key);
CREATE INDEX trainee_national_id ON trainee (national_id);
CREATE INDEX trainee_email ON trainee (email);
CREATE INDEX trainee_phone ON trainee (phone);
CREATE INDEX trainee_merged_into ON trainee (merged_into_id);
CREATE INDEX trainee_external_ref_trainee ON trainee_external_ref (trainee_id);
CREATE INDEX training_event_dates ON training_event (start_date, end_date);
CREATE INDEX training_event_course ON training_event (course_id);
CREATE INDEX training_session_date ON training_session (date);
CREATE INDEX enrollment_trainee ON enrollment (trainee_id);
CREATE INDEX certificate_enrollment ON certificate (enrollment_id);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
CREATE INDEX attendance_session ON attendance (session_id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'the audit log cannot be changed'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'the audit log cannot be deleted from'); END;
CREATE TRIGGER training_session_dates_after_insert AFTER INSERT ON training_session
WHEN NEW.status <> 'cancelled'
BEGIN
    UPDATE training_event SET
        start_date = (SELECT min(s.date) FROM training_session AS s WHERE s.event_id = training_event.id AND s.status <> 'cancelled'),
        end_date = (SELECT max(s.date) FROM training_session AS s WHERE s.event_id = training_event.id AND s.status <> 'cancelled')
    WHERE id = NEW.event_id
      AND (start_date <> (SELECT min(s.date) FROM training_session AS s WHERE s.event_id = training_event.id AND s.status <> 'cancelled')
        OR end_date <> (SELECT max(s.date) FROM training_session AS s WHERE s.event_id = training_event.id AND s.status <> 'cancelled'));
END;
CREATE TRIGGER training_session_dates_after_update AFTER UPDATE OF date, status, event_id ON training_session
BEGIN
    UPDATE training_event SET
        start_date = (SELECT min(s.date) FROM training_session AS s WHERE s.event_id = training_event.id AND s.status <> 'cancelled'),
        end_date = (SELECT max(s.date) FROM training_session AS s WHERE s.event_id = training_event.id AND s.status <> 'cancelled')
    WHERE id IN (NEW.event_id, OLD.event_id) AND EXISTS (SELECT 1 FROM training_session AS s WHERE s.event_id = training_event.id AND s.status <> 'cancelled')
      AND (start_date <> (SELECT min(s.date) FROM training_session AS s WHERE s.event_id = training_event.id AND s.status <> 'cancelled')
        OR end_date <> (SELECT max(s.date) FROM training_session AS s WHERE s.event_id = training_event.id AND s.status <> 'cancelled'));
END;
CREATE TRIGGER training_session_dates_after_delete AFTER DELETE ON training_session
BEGIN
    UPDATE training_event SET
        start_date = (SELECT min(s.date) FROM training_session AS s WHERE s.event_id = training_event.id AND s.status <> 'cancelled'),
        end_date = (SELECT max(s.date) FROM training_session AS s WHERE s.event_id = training_event.id AND s.status <> 'cancelled')
    WHERE id = OLD.event_id AND EXISTS (SELECT 1 FROM training_session AS s WHERE s.event_id = training_event.id AND s.status <> 'cancelled')
      AND (start_date <> (SELECT min(s.date) FROM training_session AS s WHERE s.event_id = training_event.id AND s.status <> 'cancelled')
        OR end_date <> (SELECT max(s.date) FROM training_session AS s WHERE s.event_id = training_event.id AND s.status <> 'cancelled'));
END;
CREATE TRIGGER training_event_dates_after_update AFTER UPDATE OF start_date, end_date ON training_event
BEGIN
    UPDATE training_event SET
        start_date = (SELECT min(s.date) FROM training_session AS s WHERE s.event_id = training_event.id AND s.status <> 'cancelled'),
        end_date = (SELECT max(s.date) FROM training_session AS s WHERE s.event_id = training_event.id AND s.status <> 'cancelled')
    WHERE id = NEW.id AND EXISTS (SELECT 1 FROM training_session AS s WHERE s.event_id = training_event.id AND s.status <> 'cancelled')
      AND (start_date <> (SELECT min(s.date) FROM training_session AS s WHERE s.event_id = training_event.id AND s.status <> 'cancelled')
        OR end_date <> (SELECT max(s.date) FROM training_session AS s WHERE s.event_id = training_event.id AND s.status <> 'cancelled'));
END;
COMMIT;
