/// ## 检查内容
/// 依据一张在简体中文中从不正确的繁体字表，查找简体文本中夹杂的繁体字（`及时解決` 应为解决，`帶动` 应为带动）。
///
/// ## 为什么要改
/// 《通用规范汉字表》是内地公文用字的标准。零星的繁体字来自处于错误状态的输入法或粘贴的文字，看上去像错别字。
///
/// ## 示例
/// ```
/// 帮助群众解決实际困难
/// ```
/// 应改为：
/// ```
/// 帮助群众解决实际困难
/// ```
///
/// 通篇用繁体字书写的文本（繁体字有若干个，且占全部文字的二十分之一）只在第一个繁体字处报告一次，注明数量。
///
/// ## 修复安全性
/// 修复把繁体字换成对应的简化字，是安全的：字表只收只有一个简化形式、且本身不是规范简化字的字（因此於、乾、著、
/// 餘、藉 不在表中）。对通篇繁体的文本，修复一次转换字表中的所有字；该修复不安全，因为表外的字仍是繁体，文本需要
/// 完整转换并通读一遍。
public struct TraditionalCharacter: Rule {
  public static let code = "L110"
  public static let name = "traditional-character"
  public static let title = "简体文本中的繁体字"
  public static let defaultSeverity = Severity.warning

  public init() {}

  /// Traditional → simplified, written as consecutive pairs.
  private static let pairs: String =
    "決决帶带與与這这們们個个為为來来會会時时國国對对開开發发經经進进過过說说現现實实問问題题業业務务財财費费預预資资產产設设縣县鄉乡鎮镇區区長长書书記记農农貧贫幫帮"
    + "衛卫醫医療疗險险檢检報报關关後后裡里麼么範范製制複复隱隐據据規规劃划項项級级計计統统營营環环護护態态總总結结盡尽顯显錢钱銀银單单車车輛辆員员議议訓训導导領领黨党"
    + "組组織织風风紀纪監监審审觀观點点線线網网絡络電电腦脑學学習习參参歷历歲岁園园場场廠厂莊庄樓楼橋桥應应該该沒没還还讓让認认識识談谈論论講讲請请讀读調调質质達达標标"
    + "準准確确雙双變变動动勞劳歸归當当邊边遠远運运遺遗選选適适隊队陽阳陰阴際际難难雲云須须順顺頭头願愿類类飛飞館馆養养馬马驗验鳥鸟麥麦黃黄齊齐龍龙東东圖图萬万億亿傳传"
    + "價价優优儲储兒儿兩两嚴严擊击擔担損损擴扩權权歡欢況况滅灭濟济無无爭争狀状獎奖稅税積积穩稳築筑簡简糧粮緊紧續续義义聯联職职聽听舊旧藥药處处號号補补裝装見见視视親亲"
    + "證证貨货貫贯貸贷賬账贊赞轉转較较輔辅輕轻鐵铁閉闭間间門门陸陆隨随雜杂響响頓顿額额體体鬥斗魚鱼鹽盐齡龄廣广慶庆憑凭懷怀戰战擁拥敵敌數数斷断條条極极構构樣样機机檔档"
    + "氣气漢汉灣湾災灾熱热獲获畫画異异盤盘碼码礎础禮礼種种稱称節节納纳紅红終终給给絕绝維维綜综綠绿編编績绩繼继罰罚聲声興兴舉举艱艰藝艺蘭兰覺觉訂订誌志語语誤误課课諾诺"
    + "謀谋豐丰負负貢贡責责賣卖購购趕赶軍军輸输辦办週周違违錄录陣阵雞鸡靈灵頁页頻频顧顾飯饭驅驱鮮鲜麗丽貪贪幹干衝冲並并係系佔占裏里彙汇匯汇將将聖圣華华夢梦鄰邻術术壓压"
    + "廢废圍围團团堅坚夠够奮奋寶宝專专尋寻層层屬属島岛幣币庫库廳厅強强徹彻從从復复惡恶愛爱慣惯懸悬戲戏揮挥換换攝摄擇择擬拟撥拨擺摆攤摊敗败敘叙暫暂曆历樹树橫横殘残殺杀"
    + "毀毁測测湯汤溝沟滿满漲涨濕湿灑洒爐炉牆墙犧牺獨独畢毕盜盗禦御禍祸競竞筆笔糾纠紙纸細细繳缴罷罢羅罗聞闻脅胁膽胆臨临臺台葉叶蓋盖虧亏蟲虫襲袭覽览訊讯訪访評评詞词試试"
    + "詳详誠诚誰谁諮咨謝谢謹谨譯译貝贝販贩貿贸賠赔賦赋賴赖贈赠趨趋跡迹踐践躍跃軌轨軟软載载輪轮輯辑辭辞遞递遲迟遷迁鄭郑釋释針针鈔钞銷销鋪铺鋼钢錯错鍵键鎖锁鏈链鑒鉴閱阅"
    + "闊阔階阶雖虽離离靜静韌韧頂顶頒颁頗颇顆颗顏颜顛颠飄飘駐驻騰腾驟骤髮发鬧闹魯鲁鳳凤鴻鸿麵面齒齿內内協协衆众眾众濫滥創创劇剧勵励勢势勝胜嚮向啟启喪丧嘗尝囑嘱執执堯尧"
    + "塊块墊垫壞坏壯壮夾夹奪夺婦妇嬰婴宮宫寫写寬宽屆届嶺岭巔巅幾几廬庐彎弯徑径憶忆懲惩揚扬搖摇攜携敎教斃毙暢畅樂乐槍枪櫃柜歐欧殼壳潔洁潤润澤泽濱滨烏乌煙烟燈灯爺爷牽牵"
    + "猶犹獻献瑣琐璽玺瘋疯癥症硯砚碩硕磚砖禪禅稟禀穎颖窮穷竊窃筍笋篩筛簽签籃篮紗纱紛纷紮扎綫线緩缓縮缩繩绳繫系纖纤罈坛翹翘聳耸肅肃脫脱腳脚膚肤艙舱芻刍蔥葱蕭萧薦荐薩萨"
    + "藍蓝虛虚蝦虾襯衬訴诉診诊誇夸誕诞諸诸謊谎譜谱貞贞貼贴賀贺賓宾賢贤賽赛贏赢趙赵蹤踪軸轴輩辈轄辖辯辩郵邮鄒邹醜丑釀酿鈴铃鉛铅銳锐鋒锋錦锦鍋锅鎊镑鏡镜鐘钟鑄铸閃闪閣阁"
    + "闆板闖闯陝陕陳陈隸隶雛雏霧雾韋韦韻韵頸颈顫颤颱台饑饥餅饼餓饿騎骑骯肮髒脏鬱郁鯉鲤鵝鹅鶴鹤黴霉龜龟"

  /// Each traditional character of the basic Han block with its simplified form (the last pair wins
  /// when `pairs` lists a character twice).
  private static let traditional: [(traditional: Unicode.Scalar, simplified: Unicode.Scalar)] = {
    let scalars = Array(pairs.unicodeScalars)
    var table = [UInt32](repeating: 0, count: 0xA000 - 0x4E00)
    for index in stride(from: 0, to: scalars.count - 1, by: 2) {
      let traditional = Int(scalars[index].value) - 0x4E00
      if table.indices.contains(traditional) { table[traditional] = scalars[index + 1].value }
    }
    return table.indices.compactMap { slot in
      guard table[slot] != 0, let traditional = Unicode.Scalar(UInt32(slot + 0x4E00)),
        let simplified = Unicode.Scalar(table[slot])
      else { return nil }
      return (traditional, simplified)
    }
  }()

  public func check(_ context: RuleContext) -> [Diagnostic] {
    let text = context.document.scalars
    let characters = context.characters
    // Each traditional character's occurrences, from the shared index: a few hundred lookups instead
    // of a pass over the text.
    var found: [(Int, Unicode.Scalar)] = []
    for (traditional, simplified) in Self.traditional {
      var offset = characters.firstOffset(of: traditional) ?? -1
      while offset >= 0 {
        found.append((offset, simplified))
        offset = Int(characters.nextSame[offset])
      }
    }
    guard !found.isEmpty else { return [] }
    found.sort { $0.0 < $1.0 }
    // The Han characters: the scalars of the basic block, which the index does not list, and the others.
    var hanCount = text.count - characters.others.count
    for offset in characters.others where text[Int(offset)].isHan { hanCount += 1 }
    // Several traditional characters making one in twenty: the text is written in traditional characters.
    if found.count >= 5, found.count * 20 > hanCount, let first = found.first {
      let edits = found.map { TextEdit(range: TextRange($0.0, $0.0 + 1), replacement: String($0.1)) }
      return [
        diagnostic(
          TextRange(first.0, first.0 + 1),
          "全文使用繁体字（本表可识别的\(found.count)处），公文应使用规范简体字（《通用规范汉字表》）",
          fixes: [Fix(title: "将这\(found.count)处繁体字改为简体", edits: edits, applicability: .unsafe)])
      ]
    }
    return found.map { index, simplified in
      let range = TextRange(index, index + 1)
      return diagnostic(
        range, "繁体字“\(text[index])”应为简体“\(simplified)”",
        fixes: [.replace(range, with: String(simplified), title: "改为“\(simplified)”", applicability: .safe)])
    }
  }
}
