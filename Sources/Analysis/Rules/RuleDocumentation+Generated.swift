// Generated from the rules' doc comments by Tests/AnalysisTests/RuleDocumentationTests.swift. Do not edit:
// run `UPDATE_SNAPSHOTS=1 swift test --filter RuleDocumentationTests` after changing a rule's doc comment.

extension RuleDocumentation {
  static let generated: [String: String] = {
    var documentation: [String: String] = [:]
    documentation["A101"] = #"""
      ## What it does
      Recomputes every stated percentage that is a quotient of other figures of the report — 节约比,
      超支率, 上升/下降 X%, 完成率, 执行率, 到位率, 占比, "完成年初预算的X%", rate columns of tables,
      indicator completion rates — and flags the ones the figures do not give, rounding included.

      ## Why is this bad?
      A percentage that does not follow from the amounts beside it is the error reviewers find first: it
      shows the figures were not checked, and often that one of the amounts is wrong too (a 节约比 worked
      out from another item's saving).

      ## Example
      ```
      年初预算32万元，本年实际支出29.07万元，节约比为7.3%。
      ```
      Use instead:
      ```
      年初预算32万元，本年实际支出29.07万元，节约比为9.2%。
      ```

      ## Fix safety
      The fix writes the recomputed value with the author's number of decimals. It is safe only when the
      inputs stand in the same sentence, no other finding disputes them, and every rounding of the inputs
      gives the same written value; otherwise (an input from an earlier paragraph, another figure of the
      sentence that is also wrong) it is unsafe, because the wrong number may be an input.
      """#
    documentation["A102"] = #"""
      ## What it does
      Adds up the parts of a total — "总额X，其中A a、B b", lists ending in 共计/合计, 合计/小计 rows of
      tables — and flags totals the parts do not make. A list that may name only some parts (其中 lists,
      which often leave out minor items) is flagged only when its parts exceed the total, or when the list
      is evidently complete (分别为; shares adding up to 100%; 基本支出 and 项目支出; a table's rows).

      ## Why is this bad?
      A total that is not the sum of its parts means one of the figures is wrong, and the reader cannot
      tell which. Reports are checked against 决算 tables line by line; such a slip costs credibility.

      ## Example
      ```
      2021年度支出总额3517.62万元，其中基本支出2893.4万元，项目支出647.35万元。
      ```
      Use instead:
      ```
      2021年度支出总额3540.75万元，其中基本支出2893.4万元，项目支出647.35万元。
      ```

      ## Fix safety
      Which figure is wrong is unknown: the total, or any part. The fixes offer each reading ("改合计为…",
      "改基本支出为…", the latter for lists of up to three parts) and are all unsafe.
      """#
    documentation["A103"] = #"""
      ## What it does
      Recomputes stated differences — "与年初预算数28.46万元相差3.18万元", "比年初预算数5.26万元减少0.68万元",
      "较年初预算减少2.15万元" (with the budget from an earlier paragraph), "基本支出差异316.4万元",
      收支差额, 结余 = 收入 − 支出, 金额差异 columns (决算 − 预算), and 个百分点 (the difference of two
      rates) — and flags those the figures do not give.

      ## Why is this bad?
      A wrong difference usually means a figure was copied from another line (the 公务接待费 saving written
      as the saving of all 三公经费); every ratio computed from it is then wrong as well.

      ## Example
      ```
      2021年初批复的“三公”经费预算数为32万元。本年实际支出“三公”经费29.07万元，较年初预算减少2.15万元。
      ```
      Use instead:
      ```
      2021年初批复的“三公”经费预算数为32万元。本年实际支出“三公”经费29.07万元，较年初预算减少2.93万元。
      ```

      ## Fix safety
      The fix writes the recomputed difference, and is unsafe: the difference may be right and one of the
      two figures wrong.
      """#
    documentation["A104"] = #"""
      ## What it does
      Flags words of direction that the figures contradict: 增加/上升/增长/提高/超支 where the figure fell,
      减少/下降/降低/节约 where it rose, "由30%降至40%", "超出预期"/"超额完成" with a result below
      its indicator, "与年初预算相比无增减"/"持平"/"无变化" where the amount differs from the figure compared
      with, and a 节约额 (超支额) table column whose sign says the opposite of the budget and actual beside it.

      ## Why is this bad?
      Saying a cost rose when it fell reverses the meaning of the sentence; it usually comes from a
      paragraph copied from another year or another item and only partly updated.

      ## Example
      ```
      公务用车运行维护费本年支出4.26万元，上年支出7.93万元，比上年增加3.67万元。
      ```
      Use instead:
      ```
      公务用车运行维护费本年支出4.26万元，上年支出7.93万元，比上年减少3.67万元。
      ```

      ## Fix safety
      The fix swaps the word for its opposite (增加 → 减少) and is unsafe: the figures may be the wrong part.
      "超出预期" gets no fix, as the sentence needs rewriting.
      """#
    documentation["A105"] = #"""
      ## What it does
      Finds a stated count whose enumeration has a different number of items:
      - `四个100%，即走访覆盖率100%，问题登记率100%，问题办结率100%` (three, not four);
      - `新增农业合作社3家（A、B）`, `“五大”原则。即…；…；…` and `三个方面：一是…二是…`;
      - `A、B、C、D三个村` (the list right before the count);
      - `共46人，其中分散供养31人，集中供养19人`, where the parts add up to more than the whole.

      Only enumerations that clearly belong to the count are read: right after it (即, 分别是/为, 包括,
      a colon, brackets, 一是…) or right before it. A list ending in 等 is partial and is flagged only
      when it has more items than the count. Parts after 其中 are compared only when they count people or
      households in the unit of the whole, and only when they add up to more than it (parts may omit some).

      ## Why is this bad?
      A reader counts the items. A count that does not match them shows that an item was dropped or the
      sentence was copied from another report without being adjusted.

      ## Example
      ```
      入户走访做到四个100%，即走访覆盖率100%，问题登记率100%，问题办结率100%。
      ```
      Use instead:
      ```
      入户走访做到三个100%，即走访覆盖率100%，问题登记率100%，问题办结率100%。
      ```

      ## Fix safety
      The fix changes the count to the number of items and is unsafe: an item may be missing instead.
      Parts that exceed their whole have no fix.
      """#
    documentation["A106"] = #"""
      ## What it does
      Finds one quantity stated twice with different values: the same item, measure (预算/决算/目标 …),
      period (本年, 上年, a year) and scope (the whole, or a part of the same whole), in the same unit, in
      two paragraphs or in a paragraph and a table, such as a “三公”经费 budget of 28.46万元 in one place
      and 32万元 in another, or 公务接待 150批次 here and 240批次 there.

      The amounts are the facts of the claim layer: each is read from the structure of its clause (the
      item named before it or the sentence's topic, the measure and period words, 其中 and bracketed
      parts) and from a table's row and column headers. Amounts of different years, 本年 and 上年, 预算 and
      决算, targets and results, changes (增加/减少…), averages (每/人均), approximate numbers (约/余/以上)
      and labels that list several things (A、B等) are different quantities and never compared. A part is
      compared only with parts of the same whole, and the amounts of a paragraph or table with those of
      the same topic. Titles of numbered lines, which state targets, are skipped. Both amounts must name
      their item or their measure themselves.

      When a value occurs more often than the other, the odd one is reported; otherwise the one stated in
      passing (in a paragraph about another item) rather than where the item is the subject, and else the
      later one.

      ## Why is this bad?
      A reviewer who finds two values for one figure trusts neither. One of them is a copy or typing
      error, often left from last year's report.

      ## Example
      ```
      三公经费年初预算数28.46万元……
      2021年初批复的“三公”经费预算数为32万元。
      ```
      Use instead:
      ```
      三公经费年初预算数32万元……
      2021年初批复的“三公”经费预算数为32万元。
      ```

      ## Fix safety
      No fix: only the author knows which value is right.
      """#
    documentation["A107"] = #"""
      ## What it does
      Finds amounts whose unit contradicts their context:
      - an amount in 元 beside amounts of the same item in 万元, four orders of magnitude apart
        (本年支出4.26元，上年支出7.93万元);
      - a change in 元 smaller than the precision of the 万元 amounts it compares (较上年增加4.35元 when
        the amounts are written to 0.01万元, i.e. 100元);
      - an amount written with 万 alone among amounts in 万元 (建设资金510万，其他支出36.5万元);
      - a new value written without a unit while the figure it changes from has one (增加到6713，在去年
        6081元的基础上);
      - one measure written in two units in one paragraph (厚0.2米 … 厚20公分);
      - a percentage whose sign is written as a word (合格率100百分比);
      - parts counted with another classifier than their whole while the numbers add up (192只, of which
        180只 and 12头);
      - a share above 100% (占比120%, 合格率105%).

      The amounts and their items come from the claim layer, which also does the arithmetic that
      confirms the corrected reading.

      ## Why is this bad?
      A missing 万 makes an amount ten thousand times too small, and every ratio built on it wrong; a
      missing 元 or unit leaves the reader to guess. Mixed units in one list make the list hard to compare,
      and a share of a whole cannot exceed it.

      ## Example
      ```
      公务用车运行维护费本年支出4.26元，上年支出7.93万元，比上年减少3.67万元。
      ```
      Use instead:
      ```
      公务用车运行维护费本年支出4.26万元，上年支出7.93万元，比上年减少3.67万元。
      ```

      ## Fix safety
      Inserting 万 is safe only when arithmetic in the same sentence confirms it (7.93 − 3.67 = 4.26, or a
      stated percentage that the 万元 reading reproduces); otherwise the fix is unsafe, as are the fixes that
      add 元 or a unit. Replacing 百分比 by % is safe. Mixed units and shares above 100% have no fix.
      """#
    documentation["A108"] = #"""
      ## What it does
      Finds a stated total score and grade that disagree with the grading scale, such as
      `得分86分，评价等级为“优”` when 优 starts at 90.

      The score is the number after 得分/评分/总分; the grade is the label after 等级/等次/绩效/评价/评定/
      评为/定为/结果 later in the same paragraph. Satisfaction scores (满意度评分4.6分) and scores below 20,
      which belong to other scales, are left alone.

      ## Why is this bad?
      The grade is what the report is judged by; one that its own score does not support is either an
      inflated grade or a wrong score, and reviewers send the report back.

      ## Example
      ```
      本单位自评得分86分，评价等级为“优”。
      ```
      Use instead:
      ```
      本单位自评得分86分，评价等级为“良”。
      ```

      ## Fix safety
      The fix replaces the grade by the one the score earns, in the same family of labels (优/良/中/差 or
      优秀/良好/合格/不合格). It is unsafe: the score may be the wrong one.

      ## Options
      `gradeScale`: each grade label with its lowest score, inclusive. Default 优 90, 良 80, 中 60, 差 0,
      and 优秀 90, 良好 80, 合格 60, 不合格 0.
      """#
    documentation["L101"] = #"""
      ## What it does
      Finds a word or phrase of two or more characters written twice in a row (`完成完成`, `利用利用`,
      `资产管理情况：资产管理情况：`), and a quoted term followed by the same
      term without quotes (`“明白卡”明白卡`).

      ## Why is this bad?
      A doubled word is a slip left by editing (a word typed again, a paste over a selection that did
      not cover the old text). Reviewers read it as carelessness in a document that is published.

      ## Example
      ```
      累计完成完成危房改造36户
      ```
      Use instead:
      ```
      累计完成危房改造36户
      ```

      Only paragraphs are read: the cells of a table, flattened onto one line or not, repeat legitimately
      (`预算数 | 决算数 | 预算数 | 决算数`, a target and its actual value `明显改善 明显改善`), and so does a
      phrase written between two figures (`8明显改善明显改善8`: cells run together with no separator).

      ## Fix safety
      The fix deletes the second copy and is safe. Reduplication that is correct Chinese is never
      flagged: single characters (`人人`, `常常`, `一一`) are ignored, as are units that begin with a
      numeral (`一步一步`) or contain a digit, units that are themselves reduplicated, a list of verbs and
      adjectives whose ABAB form is idiomatic (`研究研究`, `雪白雪白`), and list items whose first copy
      ends a longer word (`帮扶责任人、责任人、`).
      """#
    documentation["L102"] = #"""
      ## What it does
      Finds words written with a similar-looking or similar-sounding character where another word is
      meant: `截止2020年底` (截至), `截止至`, `其它`, `布署`, `行势`, `安全稳患`, `本地藉学子`, `告之`,
      `防汛物质`, `86户群众收益`, `明细帐`, `已问题为导向`. Each entry of the table
      (`ConfusableTable`) carries the context that decides it and its source.

      ## Why is this bad?
      These are the slips reviewers mark first; several change the meaning (`收益` is income, `受益` is to
      benefit) and all of them read as carelessness in a published report.

      ## Example
      ```
      截止2020年底，共排查风险稳患12处
      ```
      Use instead:
      ```
      截至2020年底，共排查风险隐患12处
      ```

      ## Fix safety
      The fix replaces the wrong form by the right one and is safe: an entry only fires in the context
      where its wrong form cannot be a correct word (`广而告之`, `运行势头`, `物质文明` stay silent).

      ## Options
      `Configuration.extraConfusables` adds entries of the same shape (wrong, right, context).
      """#
    documentation["L103"] = #"""
      ## What it does
      Finds policy terms written in a wrong form or used for the wrong thing (domain.md §1.5, §5):
      - `两不愁四保障`, `两不愁两保障` (the term is 两不愁三保障), and a stray space inside `两不愁 三保障`;
      - `6稳6保` (fixed terms keep Chinese numerals: 六稳六保, GB/T 15835 4.2);
      - `新农合` in a report on 2018 or later (merged into 城乡居民基本医疗保险 by 国发〔2016〕3号);
      - 会议费, 培训费, 办公经费 … listed as items under a “三公”经费 heading or in its table.

      ## Why is this bad?
      These are terms of national policy with one fixed form and one fixed content. A wrong count, a
      programme that no longer exists, or an item counted as 三公 that is not one tells a reviewer the
      report was written without checking the policy.

      ## Example
      ```
      全面落实“两不愁四保障”各项政策
      ```
      Use instead:
      ```
      全面落实“两不愁三保障”各项政策
      ```

      ## Fix safety
      The fixes for 两不愁三保障 and 六稳六保 are safe: the form is fixed. 新农合 and the 三公 items have no
      fix: the right wording depends on the sentence (新农合参合率 → 城乡居民医保参保率), and a misfiled
      item has to be moved, not renamed.
      """#
    documentation["L104"] = #"""
      ## What it does
      Finds paired punctuation that does not pair within a paragraph: a quotation mark, book-title mark
      or bracket with no partner (`三公”经费`, `财预〔2020〕10号）`), an opening mark written as a closing
      one (`”放管服”改革`), and a half-width `"` standing for one side of a Chinese quotation.

      Marks pair within a paragraph — in a text hard-wrapped by a PDF conversion, across the lines the
      paragraph was cut into — or within a table cell. The lines of a flattened table are not checked:
      the conversion lost where its cells begin and end, so a bracket's halves may lie in cells it cut
      or moved. A fragment's first sentence may close a bracket opened before the excerpt starts, and a
      text that stops in mid-sentence (an excerpt, or a draft being typed) may leave its last bracket
      open: neither is reported.

      ## Why is this bad?
      GB/T 15834-2011 (4.8, 4.9, 4.15) requires paired marks to pair and to point the right way. An
      unpaired mark usually means a word was cut or pasted without its quotation mark, and it changes
      what the reader takes as quoted.

      ## Example
      ```
      始终坚持”过紧日子”的要求
      ```
      Use instead:
      ```
      始终坚持“过紧日子”的要求
      ```

      ## Fix safety
      A closing quotation mark that opens a quotation (the next mark is also a closing one) is turned
      round, and a half-width `"` paired with a Chinese mark becomes the Chinese mark it stands for:
      both fixes are safe. A mark with no partner has no fix: where the partner belongs is a guess.
      List markers such as `1)` are not brackets and are ignored.
      """#
    documentation["L105"] = #"""
      ## What it does
      Finds two or more sentence or clause marks in a row: `。。`, `，，`, `、、`, `；；`, `，；`.
      The ellipsis `……` and the dash `——` are single marks and are not flagged, nor are `？！` and `！！`.

      ## Why is this bad?
      GB/T 15834-2011 gives each pause one mark. A doubled mark is a typing slip or the trace of an edit.

      ## Example
      ```
      项目验收合格率98%。。
      ```
      Use instead:
      ```
      项目验收合格率98%。
      ```

      ## Fix safety
      When the marks are the same, deleting the extra ones is safe. When they differ (`，；`) the fix
      keeps the stronger mark and is unsafe: which one the author meant is a judgement.
      """#
    documentation["L106"] = #"""
      ## What it does
      Finds half-width ASCII punctuation in Chinese text: `,` `;` `:` `?` `!` written after a Chinese
      character (`万元,公用经费`, `结余:2021年`), and round brackets `( )` around Chinese text
      (`7个村(社区)`).

      ## Why is this bad?
      GB/T 15834-2011 (5.1) sets Chinese running text in full-width marks. Half-width marks are too
      narrow, break the even spacing of the line, and show that the text was typed with the wrong input
      mode or pasted from elsewhere.

      ## Example
      ```
      强化预算约束,严控一般性支出(暂行)
      ```
      Use instead:
      ```
      强化预算约束，严控一般性支出（暂行）
      ```

      A text typed with half-width marks throughout — at least ten of them, and no fewer than its
      full-width ones — gets one finding, on its first half-width mark, with the count and a fix that
      replaces them all; in a text otherwise written with full-width marks each stray one is reported.

      ## Fix safety
      The fix replaces the mark by its full-width form (and drops the space typed after it) and is safe,
      and so is the fix that replaces them all.
      Marks inside numbers (`2,846.15`), times (`10:30`), web addresses and English words are never
      flagged, nor are brackets around digits or Latin letters only (`(1)`, `(GDP)`).
      """#
    documentation["L107"] = #"""
      ## What it does
      Finds a document that writes the percent sign both half-width (`%`) and full-width (`％`).
      It reports once, at the first sign of the less used form, with the others as related locations.

      ## Why is this bad?
      GB/T 15835-2011 asks for one form within a document (4.3, 局部体例一致). Two forms show text
      pasted from different sources, and searching the report for one form misses the other.

      ## Example
      ```
      执行率为95%……完成率为98％
      ```
      Use instead:
      ```
      执行率为95%……完成率为98%
      ```

      ## Fix safety
      The fix rewrites every sign of the less used form to the more used one. It is safe when one form
      is used at least twice as often as the other, and unsafe when the counts are close (which form to
      keep is then a choice).
      """#
    documentation["L108"] = #"""
      ## What it does
      Finds markers that converting a Word file to text leaves behind: bookmarks such as
      `[bookmark: _GoBack]` or `[bookmark: _Toc12345]`.

      ## Why is this bad?
      The marker is not part of the report. Left in, it is printed and published as it stands.

      ## Example
      ```
      [bookmark: _GoBack]全乡严格落实森林防火责任制
      ```
      Use instead:
      ```
      全乡严格落实森林防火责任制
      ```

      ## Fix safety
      The fix deletes the marker (and the spaces after it) and is safe: the marker carries no text of the
      report.
      """#
    documentation["L109"] = #"""
      ## What it does
      Finds a line break in the middle of a sentence: between a number and its unit
      (`415.2836⏎万元`) or inside a word (`乡村振⏎兴`). It flags a line that is part of a sentence
      (it has a clause mark), ends with a character rather than a mark, and is followed, with no blank
      line, by a line that continues it (not a heading, not a table cell).

      ## Why is this bad?
      The break was made by a paste or by hand-wrapping, not by the author. In Word it becomes a
      paragraph break in the middle of a word; it also hides the number from every arithmetic check.

      ## Example
      ```
      2021年预算收入为415.2836
      万元，预算支出为415.2836万元
      ```
      Use instead:
      ```
      2021年预算收入为415.2836万元，预算支出为415.2836万元
      ```

      ## Fix safety
      The fix joins the two lines and is safe.

      A text hard-wrapped throughout — converted from PDF, cut at the page width (see the document
      model's logical paragraphs) — gets one finding (information), on its first break, with the number
      of paragraphs cut and of breaks, and a fix that joins every wrapped paragraph's lines; that fix is
      unsafe, because where a paragraph ends is read from the line widths. A text with many breaks inside
      sentences that is not wrapped at one width also gets one finding, whose fix joins those breaks
      (each as certain as a single one: safe).
      """#
    documentation["L110"] = #"""
      ## What it does
      Finds a traditional character inside simplified text (`及时解決` for 解决, `帶动` for 带动), from a table of
      traditional characters that are never correct in simplified Chinese.

      ## Why is this bad?
      The 《通用规范汉字表》 is the standard for official documents in the mainland. A stray traditional
      character comes from an input method in the wrong mode or from pasted text, and looks like a typo.

      ## Example
      ```
      帮助群众解決实际困难
      ```
      Use instead:
      ```
      帮助群众解决实际困难
      ```

      A text written in traditional characters throughout (several, and one in twenty of its
      characters) gets one finding, on its first traditional character, with the count.

      ## Fix safety
      The fix replaces the character by its simplified form and is safe: the table holds only
      characters with a single simplified form that are not themselves simplified characters (so 於, 乾,
      著, 餘, 藉 are not in it). For a traditional text the fix converts every character of the table at
      once; it is unsafe, because characters outside the table stay traditional and the text needs a
      full conversion and a read-through.
      """#
    documentation["N101"] = #"""
      ## What it does
      Finds the name of another township where the report speaks of its own unit: a township of the
      same county as the report's subject (looked up in the township gazetteer), or, without a
      gazetteer, a township government named in the title, the signature or a repeated title that is
      not the one the report is about.

      Mentions that are legitimately about another place stay silent: neighbours and borders
      (与…接壤/相邻/交界/毗邻), joint work (联合, 协助, 配合, 对口, 帮扶, 支援), lists of several
      townships, comparisons, places of another county (戊己县某乡), and the subject's own short form
      (某某苗族乡 ↔ 某某乡).

      ## Why is this bad?
      Township reports are written from last year's report or a neighbour's. A name left over from the
      copy says that another township's work or money is this one's, and reviewers read it as a sign
      that the whole report was not checked.

      ## Example
      ```
      甲乙镇人民政府2020年度部门整体支出绩效评价报告
      ……有力推动了丙丁镇乡村治理水平稳步提升。
      ```
      Use instead:
      ```
      ……有力推动了甲乙镇乡村治理水平稳步提升。
      ```

      ## Fix safety
      The fix replaces the name by the subject's and is unsafe: the mention might be about the other
      township after all, in a way the rule does not recognise. Without a gazetteer, a fix is offered
      only when the name's first character is certain (line start, or right after a county name).

      ## Options
      The gazetteer is the `gazetteer` setting (a CSV of code,province,city,county,township). Without
      it only unit names in title and signature positions are compared, at information severity.
      """#
    documentation["N102"] = #"""
      ## What it does
      Finds the report's own unit written inconsistently:
      - the short form of a 民族乡 next to its full name (某某苗族乡 / 某某乡), at information severity;
      - another administrative level used for the subject: 全街道, 我乡, 乡党委 or 乡里 in a 镇 report,
        我镇 or 镇政府 in a 乡 report.

      ## Why is this bad?
      The full name of a 民族乡 is its legal name, and a report should call its unit one way. A level
      word that does not fit (我乡 in a 镇's report) is left over from the template or the report the text
      was copied from, and reviewers notice it at once.

      ## Example
      ```
      甲乙镇人民政府2020年度部门整体支出绩效评价报告
      凝聚全街道上下一心抓发展的合力。经乡党委研究决定……
      ```
      Use instead:
      ```
      凝聚全镇上下一心抓发展的合力。经镇党委研究决定……
      ```

      ## Fix safety
      我乡/本乡/全乡 → the subject's level is safe: these words can only mean the report's own unit.
      The fix of 乡党委, 乡长 or 乡里 is unsafe, since the word might speak of another unit. The full name
      of a 民族乡 replaces its short form safely before 人民政府 (the organisation's legal name) and
      unsafely elsewhere.
      """#
    documentation["N103"] = #"""
      ## What it does
      Finds years that contradict the fiscal year the report evaluates (the year of its title):
      - a year in the reporting year's role — the year of the evaluation itself (对2019年度部门整体支出
        进行了绩效自评, 2019年度自评得分为, 关于开展2019年度绩效自评工作的通知) or of the title repeated
        in the body (某镇人民政府2019年度整体支出) — that is not the report's year;
      - a document number whose year comes before the end of the year its notice evaluates
        (《关于开展2020年度绩效自评工作的通知》（某财绩〔2019〕8号）).

      - a comparison whose base is the report's own year for a figure of that year (与2021年决算数持平 in a
        report on 2021), as the claim layer reads the comparison.

      Other comparisons with earlier years (上年, 较2019年), plans and historical mentions are not checked.

      ## Why is this bad?
      A report rewritten from last year's keeps last year's year in a sentence or two. Reviewers read it
      as evaluating the wrong year, and a notice dated before the year it evaluates has ended points to a
      wrong citation.

      ## Example
      ```
      甲乙镇人民政府2021年度部门整体支出绩效自评报告
      本单位组织对2020年度部门整体支出开展了绩效自评。
      ```
      Use instead:
      ```
      本单位组织对2021年度部门整体支出开展了绩效自评。
      ```

      ## Fix safety
      Replacing the year by the report's is unsafe: the sentence may speak of the other year on purpose
      in a way the rule does not recognise. A contradictory document number gets no fix: either the
      number or the notice's year may be wrong.
      """#
    documentation["N104"] = #"""
      ## What it does
      Finds the year of a document number (发文字号) written in square, lenticular or round brackets,
      such as `丙财绩[2021]8号`, `湘财绩【2020】7号`, `财预(2020)10号` or `甲会审字(2023)第0012号`.

      ## Why is this bad?
      GB/T 9704-2012 (7.2.5) writes the year of a document number in hexagonal brackets 〔〕. Reviewers
      mark every other bracket, and reports are checked against the cited documents by their number.

      ## Example
      ```
      根据丙财绩[2021]8号文件
      ```
      Use instead:
      ```
      根据丙财绩〔2021〕8号文件
      ```

      ## Fix safety
      The fix replaces the two brackets by 〔〕 and is safe: it only fires when a four-digit year in
      brackets is followed by a number and 号 (with or without 第 before the number), which is the shape
      of a document number.
      """#
    documentation["S101"] = #"""
      ## What it does
      Finds a paragraph, or a run of consecutive paragraphs, that repeats earlier content of the report
      exactly or nearly — at least 60 characters, comparing only characters, digits and letters, so that
      white space, numbering markers (（1）, 2、) and punctuation do not hide a copy. The later copy is
      reported on its first line, with the line where it ends, pointing at the first. In a text
      hard-wrapped by a PDF conversion the paragraphs compared are the logical ones, not the lines.

      Short repeated phrases (under 60 characters, such as 详见下表：) and table cells are never
      reported.

      ## Why is this bad?
      A section pasted twice — typically 年度重点工作 copied again under 部门整体支出绩效情况 — makes the
      report longer without saying more, and reviewers take it as a sign that the report was assembled
      without being read.

      ## Example
      ```
      3、年度重点工作
      （1）村级公共服务提档升级。全乡新建垃圾分类收集点12个……
      四、部门整体支出绩效情况
      1、村级公共服务提档升级。全乡新建垃圾分类收集点12个……
      ```
      Use instead: keep one copy, and write the results under 绩效情况.

      ## Fix safety
      The fix deletes the later copy (whole lines) and is unsafe: deleting content always needs a look,
      and the copy may sit where it belongs while the first does not. It is offered only when every
      paragraph of the copy is the same as its original, or contained in it; a near copy that changes
      some figures gets no fix.

      ## Performance
      Paragraphs are compared through winnowed k-gram fingerprints kept in a hash map (Schleimer,
      Wilkerson and Aiken, 2003): one pass over the text, no comparison of all pairs of paragraphs.
      """#
    documentation["S102"] = #"""
      ## What it does
      Checks the numbering of headings and numbered items level by level (siblings under one parent):
      - a number that skips (`二、` then `四、`), repeats or goes back (`四、` then `二、`);
      - a level that starts after 1 (`（二）` with no `（一）`);
      - a heading numbered in another style than its siblings (`1、概况` then `二、`; `（1）基本支出`
        then `（二）项目支出`; `成绩一` among `（二）成绩二`, `（三）成绩三`);
      - a heading glued to the end of the paragraph before it (`……措施。   五、存在的主要问题`);
      - (information) a top level numbered `1、 2、` in a report that has no `一、` at all;
      - items numbered inside one paragraph (`1.…。2.…。3.…。4.…。4.…`, `注：1.…，3.…`) that repeat or
        skip a number.

      Lists of numbered paragraphs restart legitimately under each new parent and after an unnumbered
      subtitle, so a restart at 1 is only flagged for section headings (`一、`, `（一）`). A fragment (a
      section, an appendix, a page of a longer document: no title, and it does not open with a first
      heading such as `一、`) may start anywhere: its top level, whose parents lie before the excerpt, is
      not required to start at 1, nor to use `一、`. Row labels of tables (`1、公务用车购置…` in a
      flattened table) and the entries of a table of contents are not headings.

      ## Why is this bad?
      GB/T 9704-2012 (7.3.3) numbers body headings 一、→（一）→ 1. →（1）, without skipping or mixing
      levels. Broken numbering is the first sign of sections pasted from another report, and it breaks
      the outline reviewers navigate by.

      ## Example
      ```
      三、绩效评价工作情况
      四、部门整体支出绩效情况
      二、存在的主要问题
      ```
      Use instead:
      ```
      三、绩效评价工作情况
      四、部门整体支出绩效情况
      五、存在的主要问题
      ```

      ## Fix safety
      "Renumber this heading" is safe when the number is certain: the heading sits between two
      siblings that fix it (`二、` between `一、` and `三、`), or it is a title in the wrong style whose
      number already fits the sequence. Otherwise it is unsafe (a section may be missing rather than
      misnumbered). A labelled heading among bracketed siblings (`成绩一：` among `（二）成绩二：`) gets
      the missing marker in front (`（一）成绩一：`) by an unsafe fix: the label may be the numbering the
      author meant. "Renumber the whole level" and renumbering an item inside a paragraph are always
      unsafe. Moving a glued heading to its own line is safe.
      """#
    documentation["S103"] = #"""
      ## What it does
      Checks that a report has the top-level sections its outline requires (domain.md §3): the Hunan
      部门整体支出绩效评价报告 outline (部门概况 … 改进措施和有关建议) or the Hubei 自评报告 outline
      (绩效自评得分情况及绩效等级 … 绩效自评结果拟应用情况). The outline is the one the headings match best,
      or the one named in `Configuration.sectionTemplate`. It reports once, at the top of the document,
      listing what is missing.


      The outlines are those of a whole 部门整体支出绩效 report: a text whose title names another genre
      (a 决算说明, a 项目支出绩效自评, a “三公”经费说明, a 预算说明) is not held to them, nor is a
      fragment (no title, and it does not open with a first heading such as `一、`). An outline named in
      the configuration is applied to any whole text.

      ## Why is this bad?
      The 财政 notice prescribes the outline, and reviewers score a report section by section: a missing
      section (most often 存在的主要问题 or 改进措施) costs points and sends the report back.

      ## Example
      ```
      一、部门概况 二、部门整体支出管理及使用情况 三、绩效评价工作情况 四、部门整体支出绩效情况
      ```
      Use instead:
      ```
      一、部门概况 … 四、部门整体支出绩效情况 五、存在的主要问题 六、改进措施和有关建议
      ```

      ## Fix safety
      No fix: the missing text has to be written. Titles are matched loosely by keywords anywhere in
      the outline, and nothing is reported unless the report clearly follows the outline (at least three
      of its sections and half of them present).

      ## Options
      `Configuration.sectionTemplate` names the outline (`hunan-department`, `hubei-self-evaluation`,
      or a custom one); `Configuration.customSectionTemplates` adds outlines.
      """#
    documentation["S104"] = #"""
      ## What it does
      Checks that the title names the unit and the year, as in
      `甲乙镇人民政府2021年度部门整体支出绩效评价报告` or `甲乙镇人民政府2022年度部门决算情况说明`. The
      title is the opening block of short lines, before the first heading, up to the line that names the
      document (…报告, …说明, …自评表, …决算). A text without one — a fragment, an appendix, a page of a
      longer document — is not checked, nor is the title of a form (`项目支出绩效自评表（2023年度）`), whose
      unit and year are fields of the form. A year may be written bare (`2019部门整体支出绩效自评报告`).

      ## Why is this bad?
      Reports are filed, published and compared by unit and year. A bare `部门整体支出绩效评价报告` is the
      mark of a template not filled in, and tells a reader of the published file nothing.

      ## Example
      ```
      部门整体支出绩效评价报告
      ```
      Use instead:
      ```
      甲乙镇人民政府2021年度部门整体支出绩效评价报告
      ```

      ## Fix safety
      When the unit and year are known from elsewhere in the report (the signature, the body), the fix
      writes them in front of the title. It is unsafe: the wording of a title is the author's choice.
      """#
    return documentation
  }()
}
